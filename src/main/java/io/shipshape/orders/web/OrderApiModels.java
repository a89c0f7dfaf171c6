package io.shipshape.orders.web;

import java.time.Instant;
import java.util.List;

import io.shipshape.orders.Channel;
import io.shipshape.orders.FulfillmentStatus;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.OrderSummary;
import io.shipshape.orders.OrderProcessingView;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.orders.PostalAddress;
import io.shipshape.orders.TimelineEntry;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response records of {@code /api/v1/orders} (api-v1.md); never aggregates on the wire. */
final class OrderApiModels {

    private OrderApiModels() {
    }

    record PlaceOrderRequest(
            @NotNull Channel channel,
            @Size(min = 1, max = 128) String externalId,
            @NotNull @Valid CustomerJson customer,
            @Valid AddressJson shippingAddress,
            @Valid AddressJson billingAddress,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid LineJson> lines,
            @Valid ShippingMethodJson shippingMethod,
            @Valid MoneyJson discount,
            @Valid PaymentJson payment,
            @Size(min = 1, max = 32) String locationCode,
            @Size(max = 2000) String notes,
            @Size(max = 20) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]*", message = "must not contain ','") String> tags) {
    }

    record CustomerJson(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String name,
                        @Size(max = 50) String phone) {
    }

    record AddressJson(@Size(max = 200) String name, @NotBlank @Size(max = 200) String line1,
                       @Size(max = 200) String line2, @NotBlank @Size(max = 100) String city,
                       @Size(max = 100) String region, @NotBlank @Size(max = 20) String postalCode,
                       @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String country,
                       @Size(max = 50) String phone,
                       @DecimalMin("-90") @DecimalMax("90") Double latitude,
                       @DecimalMin("-180") @DecimalMax("180") Double longitude) {
        AddressJson(String name, String line1, String line2, String city, String region, String postalCode,
                    String country, String phone) {
            this(name, line1, line2, city, region, postalCode, country, phone, null, null);
        }

        PostalAddress toAddress() {
            return new PostalAddress(name, line1, line2, city, region, postalCode, country, phone, latitude, longitude);
        }
    }

    record LineJson(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(100_000) Integer quantity,
                    @Valid MoneyJson unitPrice) {
    }

    record ShippingMethodJson(@NotBlank @Size(max = 64) String code, @NotNull @Valid MoneyJson price) {
    }

    record PaymentJson(@NotBlank @Size(max = 32) String method, @Size(max = 128) String token) {
    }

    record CustomerResponse(String id, String email, String name, String phone) {
    }

    record AllocationResponse(String location, int quantity, String rule) {
    }

    /** {@code quantity} is what is still ordered; {@code cancelledQuantity} what was cancelled of the line. */
    record LineResponse(String sku, String name, int quantity, Money unitPrice, Money lineTotal,
                        List<AllocationResponse> allocations, boolean backordered, int backorderedQuantity,
                        int cancelledQuantity) {
    }

    record TotalsResponse(Money subtotal, Money discount, Money shipping, Money tax, Money total) {
    }

    record HoldResponse(String reason, String rule) {
    }

    record OrderResponse(String id, String number, OrderStatus status, PaymentStatus paymentStatus,
                         FulfillmentStatus fulfillmentStatus, Channel channel, String externalId,
                         CustomerResponse customer, PostalAddress shippingAddress, PostalAddress billingAddress,
                         List<LineResponse> lines, TotalsResponse totals, String shippingMethod, String paymentMethod,
                         String locationCode, String notes, List<String> tags, List<HoldResponse> holds,
                         int priority, String trackingUrl, Instant createdAt, Instant updatedAt) {

        static OrderResponse of(OrderView o, String publicBaseUrl) {
            return of(o, OrderProcessingView.NONE, publicBaseUrl);
        }

        static OrderResponse of(OrderView o, OrderProcessingView p, String publicBaseUrl) {
            var t = o.totals();
            return new OrderResponse(o.id().toString(), o.number(), o.status(), o.paymentStatus(),
                    o.fulfillmentStatus(), o.channel(), o.externalId(),
                    new CustomerResponse(o.customer().id().value().toString(), o.customer().email(),
                            o.customer().name(), o.customer().phone()),
                    o.shippingAddress(), o.billingAddress(),
                    o.lines().stream().map(l -> new LineResponse(l.sku(), l.name(), l.quantity(), l.unitPrice(),
                            l.lineTotal(), l.allocations().stream()
                                    .map(a -> new AllocationResponse(a.location(), a.quantity(), a.rule())).toList(),
                            l.backorderedQuantity() > 0, l.backorderedQuantity(),
                            p.cancelledByLine().getOrDefault(l.lineNo(), 0))).toList(),
                    new TotalsResponse(t.subtotal(), t.discount(), t.shipping(), t.tax(), t.total()),
                    o.shippingMethod(), o.paymentMethod(), o.locationCode(), o.notes(), o.tags(),
                    p.holds().stream().map(h -> new HoldResponse(h.reason(), h.rule())).toList(), p.priority(),
                    publicBaseUrl + "/track/" + o.trackingToken(), o.createdAt(), o.updatedAt());
        }
    }

    record OrderSummaryResponse(String id, String number, OrderStatus status, PaymentStatus paymentStatus,
                                FulfillmentStatus fulfillmentStatus, Channel channel, String externalId,
                                String customerId, String customerEmail, String customerName, Money total,
                                int lineCount, Instant createdAt) {
        static OrderSummaryResponse of(OrderSummary s) {
            return new OrderSummaryResponse(s.id().toString(), s.number(), s.status(), s.paymentStatus(),
                    s.fulfillmentStatus(), s.channel(), s.externalId(), s.customerId(), s.customerEmail(),
                    s.customerName(), s.total(), s.lineCount(), s.createdAt());
        }
    }

    record OrderList(List<OrderSummaryResponse> items, String nextCursor) {
    }

    record TimelineResponse(List<TimelineEntry> items) {
    }

    record CancelRequest(@NotBlank @Size(max = 500) String reason,
                         @Size(max = 500) List<@NotNull @Valid CancelLineJson> lines) {
    }

    record CancelLineJson(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(100_000) Integer quantity) {
    }

    record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record NoteRequest(@NotBlank @Size(max = 2000) String text) {
    }
}
