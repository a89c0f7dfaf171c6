package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * What an order cancellation does to its money, driven by the OrderCancelled event as orders publishes it (after
 * commit): void, refund, release, and nothing twice when the event is delivered again.
 */
class CancellationTest extends PaymentTestBase {

    private OrderCancelled whole(OrderId id) {
        return new OrderCancelled(id, orders.get(id).number(), true, orders.get(id).totals().total(), List.of(),
                "customer-request", "staff");
    }

    private OrderCancelled partial(OrderId id, Money amount) {
        String sku = orders.get(id).lines().get(0).sku();
        return new OrderCancelled(id, orders.get(id).number(), false, amount,
                List.of(new OrderCancelled.CancelledLine(sku, (int) (amount.amountMinor() / 1000))), "out-of-stock",
                "staff");
    }

    @Test
    void cancellingBeforeAuthorisationTouchesNoMoney() {
        OrderId id = card(1, "tok_ok");
        publishCommitted(whole(id));
        OrderId marker = card(1, "tok_ok");
        port.authorize(marker);
        publishCommitted(whole(marker));
        eventually(() -> assertThat(view(marker).status()).isEqualTo(PaymentStatus.VOIDED));
        assertThat(view(id).transactions()).isEmpty();
    }

    @Test
    void cancellingAfterAuthorisationVoidsIt() {
        OrderId id = card(2, "tok_ok");
        port.authorize(id);
        publishCommitted(whole(id));

        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.VOIDED));
        PaymentTransaction v = rows(id, TransactionKind.VOID).get(0);
        assertThat(v.amount()).isEqualTo(usd(2000));
        assertThat(v.gatewayReference()).isEqualTo("tc_void_" + v.id());
        assertThat(view(id).released()).isEqualTo(usd(2000));
        assertThat(timelineTypes(id)).contains("PAYMENT_VOIDED");
    }

    @Test
    void cancellingAnUndecidedAuthorisationAbandonsIt() {
        OrderId id = order(1, "manual", "bank_transfer");
        port.authorize(id);
        publishCommitted(whole(id));

        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.VOIDED));
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.CANCELLED);
    }

    @Test
    void cancellingAfterCaptureRefundsItOnce() {
        OrderId id = captured(3);
        OrderCancelled event = whole(id);
        publishCommitted(event);
        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.REFUNDED));

        publishCommitted(event); // delivered again (a resubmitted publication)
        publishCommitted(event);
        eventually(() -> assertThat(rows(id, TransactionKind.REFUND)).hasSize(1));
        waitForListeners();
        assertThat(rows(id, TransactionKind.REFUND)).hasSize(1);
        assertThat(view(id).refunded()).isEqualTo(usd(3000));
    }

    @Test
    void partlyCapturedWholeCancellationVoidsTheRestAndRefundsTheCapture() {
        OrderId id = card(4, "tok_ok");
        port.authorize(id);
        payments.capture(id, usd(1000), "staff");
        publishCommitted(whole(id));

        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.REFUNDED));
        assertThat(view(id).released()).isEqualTo(usd(3000));
        assertThat(view(id).refunded()).isEqualTo(usd(1000));
    }

    @Test
    void partialCancellationBeforeCaptureLowersWhatRemainsToCapture() {
        OrderId id = card(5, "tok_ok");
        port.authorize(id);
        OrderCancelled event = partial(id, usd(2000));
        publishCommitted(event);
        eventually(() -> assertThat(view(id).capturable()).isEqualTo(usd(3000)));
        publishCommitted(event);
        waitForListeners();
        assertThat(view(id).capturable()).isEqualTo(usd(3000));
        assertThat(rows(id, TransactionKind.REFUND)).isEmpty();
        assertThat(rows(id, TransactionKind.VOID)).hasSize(1);

        payments.capture(id, null, "staff");
        assertThat(view(id).captured()).isEqualTo(usd(3000));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void partialCancellationAfterCaptureRefundsTheCancelledAmount() {
        OrderId id = captured(5);
        publishCommitted(partial(id, usd(2000)));

        eventually(() -> assertThat(view(id).refunded()).isEqualTo(usd(2000)));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(rows(id, TransactionKind.REFUND).get(0).reason()).isEqualTo("out-of-stock");
    }

    /** Listeners run after commit on other threads: give a redelivered event the time to do (nothing). */
    private static void waitForListeners() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
