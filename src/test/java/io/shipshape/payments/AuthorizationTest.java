package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import io.shipshape.Race;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderPayments.Authorization;
import io.shipshape.orders.OrderPayments.Outcome;
import io.shipshape.orders.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.beans.factory.annotation.Autowired;

/** The OrderPayments port: every gateway outcome, idempotency across repeats and racing callers, the ledger. */
@RecordApplicationEvents
class AuthorizationTest extends PaymentTestBase {

    @Autowired
    ApplicationEvents events;

    @Test
    void tokOkAuthorisesTheOrderTotal() {
        OrderId id = card(3, "tok_ok");
        Authorization answer = port.authorize(id);

        assertThat(answer.outcome()).isEqualTo(Outcome.AUTHORIZED);
        PaymentView v = view(id);
        assertThat(v.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(v.authorized()).isEqualTo(usd(3000));
        PaymentTransaction auth = rows(id, TransactionKind.AUTHORIZATION).get(0);
        assertThat(auth.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(auth.gatewayReference()).isEqualTo("tc_auth_" + auth.id());
        assertThat(events.stream(PaymentEvents.PaymentAuthorized.class))
                .anyMatch(e -> e.orderId().equals(id) && e.amount().equals(usd(3000)) && !e.review());
        assertThat(timelineTypes(id)).contains("PAYMENT_PENDING", "PAYMENT_AUTHORIZED");
    }

    @Test
    void tokDeclineIsDeclinedAndTheStatusFails() {
        OrderId id = card(1, "tok_decline");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(view(id).authorized()).isEqualTo(usd(0));
        assertThat(events.stream(PaymentEvents.PaymentFailed.class)).anyMatch(e -> e.orderId().equals(id)
                && e.kind() == TransactionKind.AUTHORIZATION);
        assertThat(timelineTypes(id)).contains("PAYMENT_FAILED");
    }

    @Test
    void tokReviewAuthorisesButAsksForReview() {
        OrderId id = card(1, "tok_review");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(rows(id, TransactionKind.AUTHORIZATION).get(0).review()).isTrue();
        assertThat(events.stream(PaymentEvents.PaymentAuthorized.class)).anyMatch(e -> e.orderId().equals(id)
                && e.review());
    }

    @Test
    void tokPendingAndTokTimeoutLeaveTheAuthorisationOpen() {
        OrderId pending = card(1, "tok_pending");
        OrderId timeout = card(1, "tok_timeout");
        assertThat(port.authorize(pending).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(port.authorize(timeout).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(rows(pending, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(rows(timeout, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.UNKNOWN);
        assertThat(view(pending).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aCardNumberInPlaceOfATokenIsRefusedAndNeverEchoed() {
        // Capture refuses such a token now (OrderBadInputApiTest); an order stored before that check still holds
        // one, and the gateway boundary must refuse it on its own.
        OrderId id = card(1, "tok_ok");
        jdbc.sql("UPDATE orders SET payment_token = '4111 1111 1111 1111' WHERE id = :id").param("id", id.value())
                .update();
        Authorization answer = port.authorize(id);
        assertThat(answer.outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(answer.message()).contains("looks like a card number").doesNotContain("4111");
        PaymentTransaction auth = rows(id, TransactionKind.AUTHORIZATION).get(0);
        assertThat(auth.gatewayReference()).isNull();
        assertThat(auth.message()).doesNotContain("4111");
    }

    @Test
    void noPaymentMethodAndCashOnDeliveryNeedNoAuthorisation() {
        OrderId none = order(1, null, null);
        OrderId cod = order(1, "manual", "cod");
        assertThat(port.authorize(none).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(port.authorize(cod).outcome()).isEqualTo(Outcome.NOT_REQUIRED);
        assertThat(rows(cod, TransactionKind.AUTHORIZATION).get(0).status()).isEqualTo(TransactionStatus.NOT_REQUIRED);
        assertThat(view(cod).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void bankTransferAndCashWaitForStaffAndAnUnknownMethodIsDeclined() {
        OrderId transfer = order(1, "manual", "bank_transfer");
        OrderId cash = order(1, "manual", "cash");
        OrderId cheque = order(1, "manual", "cheque");
        OrderId paypal = order(1, "paypal", "x");
        assertThat(port.authorize(transfer).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(port.authorize(cash).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(port.authorize(cheque).outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(port.authorize(paypal).outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(rows(paypal, TransactionKind.AUTHORIZATION).get(0).message()).contains("no payment gateway");
    }

    @Test
    void aRepeatedCallAnswersTheStoredOutcomeWithoutAskingTheGatewayAgain() {
        OrderId id = order(2, "counting_card", "tok_any");
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
        assertThat(port.authorize(id).outcome()).isEqualTo(Outcome.AUTHORIZED);
        assertThat(counting.authorizations(id)).isEqualTo(1);
        assertThat(rows(id, TransactionKind.AUTHORIZATION)).hasSize(1);

        OrderId declined = card(1, "tok_decline");
        port.authorize(declined);
        assertThat(port.authorize(declined).outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(rows(declined, TransactionKind.AUTHORIZATION)).hasSize(1);
    }

    @Test
    void twoThreadsAuthorisingOneOrderCallTheGatewayOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            OrderId id = order(2, "counting_card", "tok_any");
            Callable<Authorization> call = () -> port.authorize(id);
            List<Authorization> answers = Race.run(List.of(call, call, call, call), 4);

            assertThat(answers).extracting(Authorization::outcome).containsOnly(Outcome.AUTHORIZED);
            assertThat(counting.authorizations(id)).isEqualTo(1);
            assertThat(rows(id, TransactionKind.AUTHORIZATION)).hasSize(1);
            assertThat(view(id).authorized()).isEqualTo(usd(2000));
        }
    }

    @Test
    void theLedgerKeepsNoCardDataOnlyReferences() {
        OrderId id = card(1, "tok_ok");
        port.authorize(id);
        String dump = jdbc.sql("SELECT * FROM payment_transactions WHERE order_id = :o").param("o", id.value())
                .query().listOfRows().toString();
        assertThat(dump).doesNotContain("tok_ok");
    }
}
