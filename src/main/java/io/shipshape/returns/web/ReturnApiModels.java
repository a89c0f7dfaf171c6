package io.shipshape.returns.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.shipshape.returns.ItemCondition;
import io.shipshape.returns.ReceiveReturn;
import io.shipshape.returns.RequestReturn;
import io.shipshape.returns.ReturnResolution;
import io.shipshape.returns.ReturnView;
import io.shipshape.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the returns API (api-v1.md, "Returns and inquiries"). */
final class ReturnApiModels {

    private ReturnApiModels() {
    }

    record LineRequest(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) Integer quantity,
                       @NotBlank @Size(max = 64) String reason) {
    }

    record ReturnRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull LineRequest> lines,
                         @NotNull ReturnResolution resolution) {

        RequestReturn toCommand(io.shipshape.orders.OrderId orderId, boolean byCustomer, String actor) {
            return new RequestReturn(orderId, lines.stream().map(l -> new RequestReturn.Line(l.sku(), l.quantity(),
                    l.reason())).toList(), resolution, byCustomer, actor);
        }
    }

    record RejectRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ReceiveLineRequest(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) Integer quantity,
                              @NotNull ItemCondition condition) {
    }

    record ReceiveRequest(@NotBlank @Size(max = 32) String location,
                          @NotEmpty @Size(max = 200) List<@Valid @NotNull ReceiveLineRequest> lines) {

        ReceiveReturn toCommand(String actor) {
            return new ReceiveReturn(location, lines.stream().map(l -> new ReceiveReturn.Line(l.sku(), l.quantity(),
                    l.condition())).toList(), actor);
        }
    }

    /** {@code beforeReceipt}: a staff decision to refund every unit before they arrived; {@code note} says why. */
    record RefundRequest(Boolean beforeReceipt, @Size(max = 500) String note) {
    }

    record ExchangeLine(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) Integer quantity) {
    }

    record ExchangeRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull ExchangeLine> lines) {

        List<RequestReturn.Line> toLines() {
            return lines.stream().map(l -> new RequestReturn.Line(l.sku(), l.quantity(), null)).toList();
        }
    }

    record LineResponse(int lineNo, String sku, String name, int quantity, String reason, Money unitValue,
                        int receivedResellable, int receivedDamaged, int missing) {
    }

    record ReceiptResponse(String location, String sku, int quantity, ItemCondition condition, String actor,
                           Instant at) {
    }

    record RefundResponse(Money amount, Money shipping, String by, String note, Instant at) {
    }

    record ReturnResponse(String id, String number, String orderId, String orderNumber, String status,
                          String resolution, String requestedBy, boolean byCustomer, String decidedBy,
                          String rejectionReason, List<LineResponse> lines, int missingUnits,
                          List<ReceiptResponse> receipts, RefundResponse refund, String exchangeOrderId,
                          Instant createdAt, Instant updatedAt) {

        static ReturnResponse of(ReturnView r) {
            return new ReturnResponse(r.id().toString(), r.number(), r.orderId().toString(), r.orderNumber(),
                    r.status().name(), r.resolution().name(), r.requestedBy(), r.byCustomer(), r.decidedBy(),
                    r.rejectionReason(), r.lines().stream().map(l -> new LineResponse(l.lineNo(), l.sku(), l.name(),
                            l.quantity(), l.reason(), l.unitValue(), l.receivedResellable(), l.receivedDamaged(),
                            r.status().receivable() ? l.missing() : 0)).toList(),
                    r.missingUnits(), r.receipts().stream().map(x -> new ReceiptResponse(x.location(), x.sku(),
                            x.quantity(), x.condition(), x.actor(), x.at())).toList(),
                    r.refund() == null ? null : new RefundResponse(r.refund().amount(), r.refund().shipping(),
                            r.refund().by(), r.refund().note(), r.refund().at()),
                    r.exchangeOrderId() == null ? null : r.exchangeOrderId().toString(), r.createdAt(),
                    r.updatedAt());
        }
    }

    record ReturnList(List<ReturnResponse> items, String nextCursor) {
    }

    /** What may still be returned from an order, per SKU, and the configured reasons. */
    record Returnable(Map<String, Integer> skus, List<String> reasons, boolean withinWindow) {
    }
}
