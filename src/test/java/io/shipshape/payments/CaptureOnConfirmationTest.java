package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderPayments.Outcome;
import io.shipshape.orders.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With {@code capture-on: CONFIRMATION} a successful authorisation is captured at once, also after reconciliation. */
@TestPropertySource(properties = "shipshape.payments.capture-on=CONFIRMATION")
class CaptureOnConfirmationTest extends PaymentTestBase {

    @Test
    void anAuthorisationIsCapturedRightAway() {
        OrderId id = card(2, "tok_ok");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(rows(id, TransactionKind.CAPTURE)).singleElement()
                .satisfies(c -> assertThat(c.requestKey()).isEqualTo("confirmation"));

        // Shipments then find nothing left to capture.
        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(2000), "ship-1", "ful"));
        assertThat(rows(id, TransactionKind.CAPTURE)).hasSize(1);
    }

    @Test
    void aReconciledAuthorisationIsCapturedToo() {
        OrderId id = card(1, "tok_timeout");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(rows(id, TransactionKind.CAPTURE)).isEmpty();
        payments.reconcile(Duration.ZERO);
        // The capture of a tok_timeout order times out as well; the next pass decides it.
        payments.reconcile(Duration.ZERO);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
    }
}
