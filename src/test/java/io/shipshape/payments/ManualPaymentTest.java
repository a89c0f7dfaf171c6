package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderPayments.Outcome;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Money staff handle themselves: recorded payments settle an awaited authorisation; unpaid orders are cancelled. */
@RecordApplicationEvents
class ManualPaymentTest extends PaymentTestBase {

    @Autowired
    ApplicationEvents events;

    @Test
    void paymentsThatCoverTheOrderSettleTheAwaitedAuthorisation() {
        OrderId id = order(3, "manual", "bank_transfer");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.PENDING);

        payments.recordManualPayment(id, new RecordManualPayment(usd(1000), "bank_transfer", "BANK-1", "staff"));
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.PARTIALLY_CAPTURED);
        assertThat(events.stream(PaymentSignals.AuthorizationSettled.class)).noneMatch(e -> e.orderId().equals(id));

        payments.recordManualPayment(id, new RecordManualPayment(usd(2000), "bank_transfer", "BANK-2", "staff"));

        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
        PaymentView v = view(id);
        assertThat(v.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(v.captured()).isEqualTo(usd(3000));
        assertThat(events.stream(PaymentSignals.AuthorizationSettled.class))
                .anyMatch(e -> e.orderId().equals(id) && e.outcome() == Outcome.AUTHORIZED);
        assertThat(events.stream(PaymentEvents.PaymentCaptured.class)).filteredOn(e -> e.orderId().equals(id))
                .hasSize(2);
        assertThat(rows(id, TransactionKind.MANUAL_PAYMENT)).extracting(PaymentTransaction::gatewayReference)
                .containsExactly("BANK-1", "BANK-2");
        assertThat(timelineTypes(id)).contains("PAYMENT_RECORDED", "PAYMENT_AUTHORIZED");
    }

    @Test
    void cashOnDeliveryIsRecordedWhenCollectedAndCanBeRefunded() {
        OrderId id = order(2, "manual", "cod");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        payments.recordManualPayment(id, new RecordManualPayment(usd(2000), "cod", null, "driver"));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);

        PaymentTransaction refund = payments.refund(id, new RefundPayment(usd(500), "broken", null, null, "staff"));
        assertThat(refund.gateway()).isEqualTo("manual");
        assertThat(refund.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void staffMayNotRecordMoreThanIsOwedNorACardNumber() {
        OrderId id = order(1, "manual", "cash");
        port.authorize(id);
        assertThatThrownBy(() -> payments.recordManualPayment(id,
                new RecordManualPayment(usd(1001), "cash", null, "staff")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.PAYMENT_EXCEEDS_DUE));
        assertThatThrownBy(() -> payments.recordManualPayment(id,
                new RecordManualPayment(usd(1000), "cash", "4012-8888-8888-1881", "staff")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.CARD_DATA_REFUSED));
        assertThatThrownBy(() -> payments.recordManualPayment(id,
                new RecordManualPayment(usd(1000), "cheque", null, "staff"))).isInstanceOf(InvalidRequest.class);
        assertThat(rows(id, TransactionKind.MANUAL_PAYMENT)).isEmpty();
    }

    @Test
    void anOrderPaidBeforeProcessingAuthorisesAtOnce() {
        OrderId id = order(1, "manual", "bank_transfer");
        payments.recordManualPayment(id, new RecordManualPayment(usd(1000), "bank_transfer", "EARLY", "staff"));
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
    }

    @Test
    void unpaidManualOrdersAreCancelledAfterTheConfiguredDays() {
        OrderId unpaid = order(1, "manual", "bank_transfer");
        OrderId paid = order(1, "manual", "bank_transfer");
        OrderId card = card(1, "tok_pending");
        port.authorize(unpaid);
        port.authorize(paid);
        port.authorize(card);
        payments.recordManualPayment(paid, new RecordManualPayment(usd(1000), "cash", null, "staff"));

        Instant now = Instant.now();
        payments.cancelUnpaidManualOrders(now.plus(Duration.ofDays(6)));
        assertThat(orders.get(unpaid).status()).isNotEqualTo(OrderStatus.CANCELLED);

        payments.cancelUnpaidManualOrders(now.plus(Duration.ofDays(7)).plusSeconds(60));

        assertThat(orders.get(unpaid).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.get(paid).status()).isNotEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.get(card).status()).isNotEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.timeline(unpaid)).anyMatch(e -> e.message() != null
                && e.message().contains(ManualPayments.UNPAID_REASON));
        eventually(() -> assertThat(view(unpaid).status()).isEqualTo(PaymentStatus.VOIDED));
    }
}
