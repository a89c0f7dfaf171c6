package io.shipshape.fulfillment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.fulfillment.CarrierView;
import io.shipshape.fulfillment.FulfillmentView;
import io.shipshape.fulfillment.PackLine;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response records of the fulfillment API (api-v1.md, Fulfillment). */
final class FulfillmentApiModels {

    private FulfillmentApiModels() {
    }

    /** A pack or short-pick line: quantities are positive (a SKU packed 0 is simply left out of a pack). */
    record LineRequest(@NotBlank @Size(max = 64) String sku, @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
        PackLine toLine() {
            return new PackLine(sku, quantity);
        }
    }

    record PackRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {
        List<PackLine> packLines() {
            return lines.stream().map(LineRequest::toLine).toList();
        }
    }

    record ShipRequest(@NotBlank @Size(max = 32) String carrier, @Size(max = 64) String service,
                       @Size(max = 64) String trackingNumber, @Min(1) @Max(1_000_000) Integer weightGrams,
                       @Valid MoneyJson cost) {
    }

    record RejectRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines,
                         @NotBlank @Size(max = 200) String reason) {
    }

    record ScanRequest(@NotBlank @Size(max = 128) String code) {
    }

    record PickupRequest(@NotBlank @Size(max = 200) String customerName) {
    }

    /** A carrier webhook's delivery report: the carrier code and the parcel's tracking number. */
    record DeliveryRequest(@NotBlank @Size(max = 32) String carrier, @NotBlank @Size(max = 64) String trackingNumber) {
    }

    record PickListRequest(@NotBlank @Size(max = 32) String location, @Size(max = 100) List<@NotNull UUID> fulfillmentIds) {
    }

    record BinRequest(@Size(max = 32) String bin) {
    }

    record BinResponse(String sku, String location, String bin) {
    }

    record CarrierRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String name,
                          @NotBlank @Size(max = 500) String trackingUrl) {
    }

    record Line(String sku, int quantity, int packed) {
    }

    record Fulfillment(UUID id, UUID orderId, String orderNumber, String location, String kind, String status,
                       List<Line> lines, String carrier, String service, String trackingNumber, String trackingUrl,
                       Integer weightGrams, Money cost, UUID parentId, int mismatches, Instant createdAt,
                       Instant shippedAt, Instant deliveredAt) {
        static Fulfillment of(FulfillmentView f) {
            return new Fulfillment(f.id().value(), f.orderId().value(), f.orderNumber(), f.location(), f.kind().name(),
                    f.status().name(), f.lines().stream().map(l -> new Line(l.sku(), l.quantity(), l.packed())).toList(),
                    f.carrier(), f.service(), f.trackingNumber(), f.trackingUrl(), f.weightGrams(), f.cost(),
                    f.parentId() == null ? null : f.parentId().value(), f.mismatches(), f.createdAt(), f.shippedAt(),
                    f.deliveredAt());
        }
    }

    record Scan(boolean accepted, String sku, String mismatch, String message, Fulfillment fulfillment) {
    }

    record Carrier(String code, String name, String trackingUrl, boolean builtin) {
        static Carrier of(CarrierView c) {
            return new Carrier(c.code(), c.name(), c.trackingUrl(), c.builtin());
        }
    }
}
