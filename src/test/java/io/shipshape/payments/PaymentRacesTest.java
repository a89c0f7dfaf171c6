package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.shipshape.TestData;
import io.shipshape.orders.CancelOrder;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderPayments.Outcome;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.orders.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cancellation racing the authorisation of the same order: whichever way they interleave, no authorisation is left
 * holding the customer's money on a cancelled order, and nothing is voided twice.
 */
class PaymentRacesTest extends PaymentTestBase {

    @Autowired
    GatedGateway gated;
    @Autowired
    OrderLifecycle lifecycle;

    @Test
    void anAuthorisationThatSucceedsAfterTheOrderWasCancelledIsVoidedOnce() throws Exception {
        String token = gated.close(TestData.unique("gate"));
        OrderId id = processedOrder(2, "gated_card", token); // the pipeline authorises it: at the gate
        assertThat(gated.awaitArrival(token)).isTrue();

        lifecycle.cancel(id, new CancelOrder("customer called", null, "test"));
        // The cancellation's listener finds the authorisation undecided and leaves it to its answer.
        eventually(() -> assertThat(messages(id)).anyMatch(m -> m.contains("cancelled while its authorisation")));
        assertThat(rows(id, TransactionKind.VOID)).isEmpty();

        gated.open(token);
        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.VOIDED));
        assertThat(gated.calls("authorize", id)).isEqualTo(1);
        assertThat(gated.calls("void", id)).isEqualTo(1);
        assertThat(rows(id, TransactionKind.VOID)).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(TransactionStatus.SUCCESS);
            assertThat(v.amount()).isEqualTo(usd(2000));
            assertThat(v.gatewayReference()).isEqualTo("gc_void_" + v.id());
        });
        assertThat(view(id).released()).isEqualTo(usd(2000));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.CANCELLED);

        // Reconciliation and a redelivered cancellation change nothing.
        payments.reconcile(Duration.ZERO);
        publishCommitted(new io.shipshape.orders.OrderEvents.OrderCancelled(id, orders.get(id).number(), true,
                null, List.of(), "customer called", "test"));
        Thread.sleep(500);
        assertThat(gated.calls("void", id)).isEqualTo(1);
        assertThat(rows(id, TransactionKind.VOID)).hasSize(1);
        assertThat(rows(id, TransactionKind.CAPTURE)).isEmpty();
    }

    @Test
    void anOrderCancelledBeforeItsAuthorisationIsNeverSentToTheGateway() {
        OrderId id = order(1, "gated_card", TestData.unique("tok")); // held at verification: no authorisation yet
        lifecycle.cancel(id, new CancelOrder("changed my mind", null, "test"));

        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(gated.calls("authorize", id)).isZero();
        assertThat(rows(id, TransactionKind.AUTHORIZATION)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(TransactionStatus.CANCELLED));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.VOIDED);
    }

    @Test
    void aCapturedOrderCancelledLaterIsRefundedNotVoided() {
        OrderId id = order(1, "gated_card", TestData.unique("tok"));
        port.authorize(id);
        payments.capture(id, null, "test");
        lifecycle.cancel(id, new CancelOrder("customer called", null, "test"));

        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.REFUNDED));
        assertThat(gated.calls("refund", id)).isEqualTo(1);
        assertThat(gated.calls("void", id)).isZero();
    }

    private List<String> messages(OrderId id) {
        return orders.timeline(id).stream().map(TimelineEntry::message).toList();
    }
}
