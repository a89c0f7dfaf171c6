package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.Test;

/** Captures: per shipment inside the shipment's transaction, by staff, never above what was authorised. */
class CaptureTest extends PaymentTestBase {

    @Test
    void aShipmentCaptureCommitsWithTheShipmentAndIsSentAfterIt() {
        OrderId id = card(4, "tok_ok");
        port.authorize(id);

        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(1500), "shipment-1", "ful"));

        eventually(() -> assertThat(view(id).captured()).isEqualTo(usd(1500)));
        PaymentView v = view(id);
        assertThat(v.status()).isEqualTo(PaymentStatus.PARTIALLY_CAPTURED);
        assertThat(v.capturable()).isEqualTo(usd(2500));
        PaymentTransaction capture = rows(id, TransactionKind.CAPTURE).get(0);
        assertThat(capture.requestKey()).isEqualTo("shipment-1");
        assertThat(capture.parentId()).isEqualTo(rows(id, TransactionKind.AUTHORIZATION).get(0).id());
        assertThat(capture.gatewayReference()).isEqualTo("tc_cap_" + capture.id());
        assertThat(timelineTypes(id)).contains("PAYMENT_CAPTURED");
    }

    @Test
    void aRolledBackShipmentLeavesNoCaptureAndCallsNoGateway() {
        OrderId id = card(2, "tok_ok");
        port.authorize(id);

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            payments.captureForShipment(id, usd(2000), "shipment-rolled-back", "ful");
            throw new IllegalStateException("the shipment failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows(id, TransactionKind.CAPTURE)).isEmpty();
        assertThat(view(id).status()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void shipmentCapturesAreIdempotentPerReferenceAndCappedAtTheAuthorisation() {
        OrderId id = card(3, "tok_ok");
        port.authorize(id);

        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(2000), "s-1", "ful"));
        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(2000), "s-1", "ful"));
        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(2000), "s-2", "ful"));
        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(500), "s-3", "ful"));

        eventually(() -> assertThat(view(id).captured()).isEqualTo(usd(3000)));
        assertThat(rows(id, TransactionKind.CAPTURE)).extracting(t -> t.amount().amountMinor())
                .containsExactly(2000L, 1000L);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void nothingAuthorisedMeansAShipmentCapturesNothingAndDoesNotFail() {
        OrderId cod = order(1, "manual", "cod");
        OrderId declined = card(1, "tok_decline");
        port.authorize(cod);
        port.authorize(declined);
        OrderId neverAuthorised = card(1, "tok_ok");

        for (OrderId id : new OrderId[] {cod, declined, neverAuthorised}) {
            transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(1000), "ship", "ful"));
            assertThat(view(id).transactions()).noneMatch(t -> t.kind() == TransactionKind.CAPTURE);
        }
    }

    @Test
    void staffCaptureWhatRemainsButNeverMoreThanAuthorised() {
        OrderId id = card(5, "tok_ok");
        port.authorize(id);

        PaymentTransaction part = payments.capture(id, usd(2000), "staff");
        assertThat(part.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThatThrownBy(() -> payments.capture(id, usd(3001), "staff"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.CAPTURE_EXCEEDS_AUTHORIZED);
                    assertThat(e.properties()).containsEntry("capturable", usd(3000));
                });
        PaymentTransaction rest = payments.capture(id, null, "staff");
        assertThat(rest.amount()).isEqualTo(usd(3000));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThatThrownBy(() -> payments.capture(id, null, "staff")).isInstanceOf(DomainException.class);
        assertThat(view(id).captured()).isEqualTo(usd(5000));
    }

    @Test
    void aCaptureTheGatewayDecidesLaterStaysPendingUntilReconciled() {
        OrderId id = card(2, "tok_pending");
        port.authorize(id);
        payments.reconcile(Duration.ZERO);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.AUTHORIZED);

        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(2000), "ship-p", "ful"));
        eventually(() -> assertThat(rows(id, TransactionKind.CAPTURE).get(0).answeredAt()).isNotNull());
        assertThat(rows(id, TransactionKind.CAPTURE).get(0).status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(view(id).captured()).isEqualTo(usd(0));
        // The pending capture already counts against the limit.
        assertThat(view(id).capturable()).isEqualTo(usd(0));

        payments.reconcile(Duration.ZERO);

        assertThat(rows(id, TransactionKind.CAPTURE).get(0).status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
    }
}
