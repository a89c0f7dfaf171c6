package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderPayments.Outcome;
import io.shipshape.orders.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reconciliation decides PENDING and UNKNOWN transactions by asking the gateway, and tells order processing. */
@RecordApplicationEvents
class ReconciliationTest extends PaymentTestBase {

    @Autowired
    ApplicationEvents events;

    @Test
    void aPendingAuthorisationIsSettledAndProcessingIsTold() {
        OrderId id = card(2, "tok_pending");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.PENDING);

        payments.reconcile(Duration.ZERO);

        PaymentTransaction auth = rows(id, TransactionKind.AUTHORIZATION).get(0);
        assertThat(auth.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(view(id).authorized()).isEqualTo(usd(2000));
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
        assertThat(events.stream(PaymentSignals.AuthorizationSettled.class))
                .anyMatch(e -> e.orderId().equals(id) && e.outcome() == Outcome.AUTHORIZED);
        assertThat(events.stream(PaymentEvents.PaymentAuthorized.class)).anyMatch(e -> e.orderId().equals(id));
    }

    @Test
    void anUnknownAnswerIsResolvedByAskingAgain() {
        OrderId id = card(1, "tok_timeout");
        port.authorize(id);
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.UNKNOWN);

        payments.reconcile(Duration.ZERO);

        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).gatewayReference()).startsWith("tc_authorize_");
        assertThat(timelineTypes(id)).contains("PAYMENT_PENDING", "PAYMENT_AUTHORIZED");
    }

    @Test
    void youngOpenTransactionsAreLeftToTheirOwnCallAndDecidedOnesAreNotAskedAgain() {
        OrderId id = card(1, "tok_pending");
        port.authorize(id);
        payments.reconcile(Duration.ofHours(1));
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.PENDING);

        payments.reconcile(Duration.ZERO);
        var decidedAt = rows(id, TransactionKind.AUTHORIZATION).get(0).updatedAt();
        payments.reconcile(Duration.ZERO);
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).updatedAt()).isEqualTo(decidedAt);
        assertThat(events.stream(PaymentSignals.AuthorizationSettled.class)).filteredOn(e -> e.orderId().equals(id))
                .hasSize(1);
    }

    @Test
    void aClaimThatNeverReachedTheGatewayIsSentAgain() {
        OrderId id = order(1, "counting_card", "tok_any");
        // As if the server died right after committing the claim: a PENDING row without an answer.
        transactions.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO payments (order_id, gateway, currency, order_total_minor, authorized_minor,
                        captured_minor, refunded_minor, released_minor, status, created_at, updated_at)
                    VALUES (:id, 'counting_card', 'USD', 1000, 0, 0, 0, 0, 'PENDING', CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP)""").param("id", id.value()).update();
            jdbc.sql("""
                    INSERT INTO payment_transactions (id, order_id, kind, status, amount_minor, currency, gateway,
                        request_key, review, actor, created_at, updated_at)
                    VALUES (:tx, :id, 'AUTHORIZATION', 'PENDING', 1000, 'USD', 'counting_card', 'authorization',
                        FALSE, 'system:payments', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .param("tx", java.util.UUID.randomUUID()).param("id", id.value()).update();
        });
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(counting.authorizations(id)).isZero();

        payments.reconcile(Duration.ZERO);

        assertThat(counting.authorizations(id)).isEqualTo(1);
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
    }
}
