package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.List;

import io.shipshape.ApiClient;
import io.shipshape.orders.OrderHold;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Payments behind order processing: the pipeline authorises through the port, payments reports the derived status
 * and settles what was pending, and the order moves on (or is held) accordingly.
 */
class PaymentPipelineTest extends PaymentTestBase {

    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    PaymentLedger ledger;

    private OrderStatus status(OrderId id) {
        return orders.get(id).status();
    }

    @Test
    void anAuthorisedOrderIsReleasedAndShowsItsPaymentStatus() {
        OrderId id = processedOrder(2, "test_card", "tok_ok");
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED));
        eventually(() -> assertThat(status(id)).isIn(OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT));
        assertThat(rows(id, TransactionKind.AUTHORIZATION)).hasSize(1);
    }

    @Test
    void aDeclinedOrderIsHeldForPaymentDeclined() {
        OrderId id = processedOrder(1, "test_card", "tok_decline");
        eventually(() -> assertThat(status(id)).isEqualTo(OrderStatus.ON_HOLD));
        assertThat(lifecycle.holds(id)).extracting(OrderHold::reason).contains("payment-declined");
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.FAILED));
    }

    @Test
    void aDeclinedOrderIsReleasedOnlyOnceItsPaymentIsRecorded() throws Exception {
        OrderId id = processedOrder(2, "test_card", "tok_decline");
        eventually(() -> assertThat(status(id)).isEqualTo(OrderStatus.ON_HOLD));

        // Releasing it as it is would ship it unpaid: refused, and nothing changes.
        ApiClient.admin(mvc).post("/api/v1/orders/" + id.value() + "/release", "{}")
                .andExpect(MockMvcResultMatchers.status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/payment-required"));
        assertThat(status(id)).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(lifecycle.holds(id)).extracting(OrderHold::reason).contains("payment-declined");

        // Part of the money is not enough either; all of it is.
        payments.recordManualPayment(id, new RecordManualPayment(usd(1000), "bank_transfer", "TR-1", "staff"));
        assertThatThrownBy(() -> lifecycle.release(id, "staff")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.PAYMENT_REQUIRED);
        payments.recordManualPayment(id, new RecordManualPayment(usd(1000), "bank_transfer", "TR-2", "staff"));
        lifecycle.release(id, "staff");
        assertThat(status(id)).isEqualTo(OrderStatus.IN_FULFILLMENT);
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.CAPTURED));
    }

    @Test
    void anOrderHeldByARuleAndThenCancelledIsNeverAuthorised() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String rule = api.post("/api/v1/hold-rules", "{\"name\": \"" + io.shipshape.TestData.unique("big")
                        + "\", \"enabled\": true, \"condition\": {\"type\": \"TOTAL_ABOVE\", \"amount\":"
                        + " {\"amount\": 500000, \"currency\": \"USD\"}}, \"action\": {\"type\": \"HOLD\","
                        + " \"reason\": \"big-order\"}}")
                .andExpect(MockMvcResultMatchers.status().isCreated()).andReturn().getResponse().getContentAsString();
        try {
            OrderId id = processedOrder(600, "counting_card", "tok_any"); // 6,000.00 USD
            eventually(() -> assertThat(status(id)).isEqualTo(OrderStatus.ON_HOLD));
            assertThat(lifecycle.holds(id)).extracting(OrderHold::reason).containsExactly("big-order");

            lifecycle.cancel(id, new io.shipshape.orders.CancelOrder("fraud suspected", null, "staff"));
            Thread.sleep(500);
            assertThat(counting.authorizations(id)).isZero();
            assertThat(view(id).transactions()).isEmpty();
            assertThatThrownBy(() -> lifecycle.release(id, "staff")).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).type()).isEqualTo(ProblemType.INVALID_TRANSITION);
            assertThat(counting.authorizations(id)).isZero();
        } finally {
            api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .delete("/api/v1/hold-rules/" + com.jayway.jsonpath.JsonPath.read(rule, "$.id")))
                    .andExpect(MockMvcResultMatchers.status().isNoContent());
        }
    }

    @Test
    void reconciliationNeverSelectsAwaitedManualPayments() {
        OrderId manual = processedOrder(1, "manual", "bank_transfer");
        OrderId card = processedOrder(1, "test_card", "tok_timeout");
        eventually(() -> assertThat(rows(manual, TransactionKind.AUTHORIZATION)).isNotEmpty());
        eventually(() -> assertThat(rows(card, TransactionKind.AUTHORIZATION)).isNotEmpty());

        List<PaymentTransaction> open = ledger.open(java.time.Instant.now().plusSeconds(60), 10_000);
        assertThat(open).anyMatch(t -> t.orderId().equals(card));
        assertThat(open).noneMatch(t -> t.orderId().equals(manual));
    }

    @Test
    void aPendingAuthorisationWaitsUntilReconciliationSettlesIt() {
        OrderId id = processedOrder(1, "test_card", "tok_pending");
        eventually(() -> assertThat(rows(id, TransactionKind.AUTHORIZATION)).singleElement()
                .satisfies(a -> assertThat(a.answeredAt()).isNotNull()));
        assertThat(status(id)).isEqualTo(OrderStatus.PENDING);

        payments.reconcile(Duration.ZERO);

        eventually(() -> assertThat(status(id)).isIn(OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT));
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED));
    }

    @Test
    void aBankTransferOrderProceedsOnceStaffRecordThePayment() {
        OrderId id = processedOrder(2, "manual", "bank_transfer");
        eventually(() -> assertThat(rows(id, TransactionKind.AUTHORIZATION)).isNotEmpty());
        assertThat(status(id)).isEqualTo(OrderStatus.PENDING);

        payments.recordManualPayment(id, new RecordManualPayment(usd(2000), "bank_transfer", "SEPA-9", "staff"));

        eventually(() -> assertThat(status(id)).isIn(OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT));
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.CAPTURED));
    }

    @Test
    void cashOnDeliveryProceedsWithoutPayment() {
        OrderId id = processedOrder(1, "manual", "cod");
        eventually(() -> assertThat(status(id)).isIn(OrderStatus.CONFIRMED, OrderStatus.IN_FULFILLMENT));
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.NOT_REQUIRED);
    }

    @Test
    void cancellingAnAuthorisedOrderVoidsItsPayment() {
        OrderId id = processedOrder(2, "test_card", "tok_ok");
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED));

        lifecycle.cancel(id, new io.shipshape.orders.CancelOrder("customer-request", null, "staff"));

        eventually(() -> assertThat(view(id).status()).isEqualTo(PaymentStatus.VOIDED));
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.VOIDED));
    }
}
