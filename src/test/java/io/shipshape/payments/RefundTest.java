package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.shipshape.Race;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.Test;

/** Refunds: never more than captured minus refunded, also when many run at once. */
class RefundTest extends PaymentTestBase {

    @Test
    void refundsUpToWhatWasCapturedAndNoMore() {
        OrderId id = captured(3);

        PaymentTransaction first = payments.refund(id, new RefundPayment(usd(1000), "damaged", null, null, "staff"));
        assertThat(first.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

        assertThatThrownBy(() -> payments.refund(id, new RefundPayment(usd(2001), "too much", null, null, "staff")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.REFUND_EXCEEDS_CAPTURED);
                    assertThat(e.properties()).containsEntry("refundable", usd(2000));
                });
        payments.refund(id, new RefundPayment(usd(2000), "rest", null, null, "staff"));

        PaymentView v = view(id);
        assertThat(v.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(v.refunded()).isEqualTo(usd(3000));
        assertThat(v.refundable()).isEqualTo(usd(0));
        assertThat(rows(id, TransactionKind.REFUND)).allMatch(r -> r.parentId() != null && r.reason() != null);
        assertThat(timelineTypes(id)).contains("PAYMENT_REFUNDED");
    }

    @Test
    void nothingCapturedMeansNothingToRefund() {
        OrderId authorisedOnly = card(1, "tok_ok");
        port.authorize(authorisedOnly);
        OrderId untouched = card(1, "tok_ok");
        for (OrderId id : List.of(authorisedOnly, untouched)) {
            assertThatThrownBy(() -> payments.refund(id, new RefundPayment(usd(1), "x", null, null, "staff")))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.REFUND_EXCEEDS_CAPTURED));
        }
    }

    @Test
    void refundLinesMustBeLinesOfTheOrderAndAreRecorded() {
        OrderId id = captured(2);
        String sku = orders.get(id).lines().get(0).sku();
        assertThatThrownBy(() -> payments.refund(id, new RefundPayment(usd(1000), "x",
                List.of(new RefundPayment.Line("NOPE", 1)), null, "staff"))).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> payments.refund(id, new RefundPayment(usd(1000), "x",
                List.of(new RefundPayment.Line(sku, 3)), null, "staff"))).isInstanceOf(InvalidRequest.class);

        PaymentTransaction r = payments.refund(id, new RefundPayment(usd(1000), "returned",
                List.of(new RefundPayment.Line(sku, 1)), null, "staff"));
        assertThat(r.detail()).isEqualTo(sku + " x1");
        assertThat(rows(id, TransactionKind.REFUND)).hasSize(1);
    }

    @Test
    void aRefundRequestKeyMakesARetrySafe() {
        OrderId id = captured(2);
        RefundPayment cmd = new RefundPayment(usd(500), "retry", null, "return-7", "returns");
        PaymentTransaction first = payments.refund(id, cmd);
        PaymentTransaction again = payments.refund(id, cmd);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(view(id).refunded()).isEqualTo(usd(500));
    }

    /** 20 refunds of 10.00 on 100.00 captured, on real threads: exactly 10 succeed, the rest are refused. */
    @Test
    void concurrentRefundsNeverExceedWhatWasCaptured() throws Exception {
        OrderId id = order(10, "counting_card", "tok_any");
        port.authorize(id);
        payments.capture(id, null, "test");
        assertThat(view(id).captured()).isEqualTo(usd(10_000));

        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> {
                try {
                    return payments.refund(id, new RefundPayment(usd(1000), "race", null, null, "staff"))
                            .status().name();
                } catch (DomainException e) {
                    return e.type().slug();
                }
            });
        }
        List<String> results = Race.run(calls, 20);

        assertThat(results.stream().filter("SUCCESS"::equals)).hasSize(10);
        assertThat(results.stream().filter("refund-exceeds-captured"::equals)).hasSize(10);
        assertThat(view(id).refunded()).isEqualTo(usd(10_000));
        assertThat(rows(id, TransactionKind.REFUND)).hasSize(10);
        assertThat(counting.refunds(id)).isEqualTo(10);
        assertThat(view(id).status()).isEqualTo(PaymentStatus.REFUNDED);
    }
}
