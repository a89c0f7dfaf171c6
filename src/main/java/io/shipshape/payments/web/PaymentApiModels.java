package io.shipshape.payments.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.payments.PaymentTransaction;
import io.shipshape.payments.PaymentView;
import io.shipshape.payments.TransactionKind;
import io.shipshape.payments.TransactionStatus;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response records of the order payment endpoints (api-v1.md, Payments). */
final class PaymentApiModels {

    private PaymentApiModels() {
    }

    record AuthorizeRequest(@Size(max = 64) String method, @NotBlank @Size(max = 255) String token) {
    }

    record CaptureRequest(@Valid MoneyJson amount) {
    }

    record RefundRequest(@NotNull @Valid MoneyJson amount, @NotBlank @Size(max = 500) String reason,
                         @Size(max = 500) List<@NotNull @Valid RefundLineJson> lines) {
    }

    record RefundLineJson(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(100_000) Integer quantity) {
    }

    record ManualPaymentRequest(@NotNull @Valid MoneyJson amount,
                                @NotBlank @Size(max = 32) String method,
                                @Size(max = 128) String reference) {
    }

    record TransactionResponse(UUID id, TransactionKind kind, TransactionStatus status, Money amount, String gateway,
                               String reference, UUID parentId, boolean review, String reason, String detail,
                               String message, String actor, Instant createdAt, Instant updatedAt) {
        static TransactionResponse of(PaymentTransaction t) {
            return new TransactionResponse(t.id(), t.kind(), t.status(), t.amount(), t.gateway(),
                    t.gatewayReference(), t.parentId(), t.review(), t.reason(), t.detail(), t.message(), t.actor(),
                    t.createdAt(), t.updatedAt());
        }
    }

    record PaymentsResponse(String orderId, PaymentStatus status, String gateway, Totals totals,
                            List<TransactionResponse> transactions) {
        static PaymentsResponse of(PaymentView v) {
            return new PaymentsResponse(v.orderId().toString(), v.status(), v.gateway(),
                    new Totals(v.orderTotal(), v.authorized(), v.captured(), v.refunded(), v.released(),
                            v.capturable(), v.refundable()),
                    v.transactions().stream().map(TransactionResponse::of).toList());
        }
    }

    record Totals(Money order, Money authorized, Money captured, Money refunded, Money released, Money capturable,
                  Money refundable) {
    }
}
