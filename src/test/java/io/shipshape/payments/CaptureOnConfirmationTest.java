package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.shipshape.orders.OrderHold;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code capture-on: CONFIRMATION} the authorisation is captured when the order is confirmed: at once after a
 * clean authorisation, after reconciliation settles a pending one, and only after staff release an order whose
 * authorisation was flagged for review.
 */
@TestPropertySource(properties = "shipshape.payments.capture-on=CONFIRMATION")
class CaptureOnConfirmationTest extends PaymentTestBase {

    @Autowired
    OrderLifecycle lifecycle;

    @Test
    void anAuthorisedOrderIsCapturedWhenConfirmed() {
        OrderId id = processedOrder(2, "test_card", "tok_ok");
        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED));
        assertThat(rows(id, TransactionKind.CAPTURE)).singleElement()
                .satisfies(c -> assertThat(c.requestKey()).isEqualTo(ConfirmationCapture.REQUEST_KEY));

        // Shipments then find nothing left to capture.
        transactions.executeWithoutResult(s -> payments.captureForShipment(id, usd(2000), "ship-1", "ful"));
        assertThat(rows(id, TransactionKind.CAPTURE)).hasSize(1);
    }

    @Test
    void aReconciledAuthorisationIsCapturedWhenTheOrderIsConfirmed() {
        OrderId id = processedOrder(1, "test_card", "tok_timeout");
        eventually(() -> assertThat(rows(id, TransactionKind.AUTHORIZATION)).singleElement()
                .satisfies(a -> assertThat(a.answeredAt()).isNotNull()));
        assertThat(rows(id, TransactionKind.CAPTURE)).isEmpty();
        // The capture of a tok_timeout order times out as well; a later pass decides it.
        eventually(() -> {
            payments.reconcile(Duration.ZERO);
            assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
        });
        assertThat(orders.get(id).status()).isIn(OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT);
    }

    @Test
    void aReviewFlaggedAuthorisationIsChargedOnlyAfterStaffReleaseTheOrder() throws Exception {
        OrderId id = processedOrder(1, "test_card", "tok_review");
        eventually(() -> assertThat(orders.get(id).status()).isEqualTo(OrderStatus.ON_HOLD));
        assertThat(lifecycle.holds(id)).extracting(OrderHold::reason).contains("payment-review");
        Thread.sleep(300);
        assertThat(rows(id, TransactionKind.CAPTURE)).isEmpty();
        assertThat(view(id).status()).isEqualTo(PaymentStatus.AUTHORIZED);

        lifecycle.release(id, "staff");
        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED));
    }
}
