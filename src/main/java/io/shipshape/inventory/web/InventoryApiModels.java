package io.shipshape.inventory.web;

import java.time.Instant;
import java.util.List;

import io.shipshape.inventory.Address;
import io.shipshape.inventory.LocationType;
import io.shipshape.inventory.LocationView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response records of the locations and inventory API (api-v1.md). */
final class InventoryApiModels {

    private InventoryApiModels() {
    }

    record AddressJson(@NotBlank @Size(max = 200) String line1, @Size(max = 200) String line2,
                       @NotBlank @Size(max = 100) String city, @Size(max = 100) String region,
                       @NotBlank @Size(max = 20) String postalCode,
                       @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String country) {
        Address toAddress() {
            return new Address(line1, line2, city, region, postalCode, country);
        }

        static AddressJson of(Address a) {
            return new AddressJson(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
        }
    }

    record CreateLocationRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull LocationType type,
            @NotNull @Valid AddressJson address,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Min(0) @Max(1_000_000) Integer priority) {
    }

    record LocationResponse(String id, String code, String name, LocationType type, AddressJson address,
                            Double latitude, Double longitude, int priority, boolean active, Instant createdAt) {
        static LocationResponse of(LocationView l) {
            return new LocationResponse(l.id().toString(), l.code(), l.name(), l.type(), AddressJson.of(l.address()),
                    l.latitude(), l.longitude(), l.priority(), l.active(), l.createdAt());
        }
    }

    record LocationList(List<LocationResponse> items, String nextCursor) {
    }

    record StockCountRequest(@NotNull @Min(0) @Max(100_000_000) Integer onHand,
                             @Min(0) @Max(100_000_000) Integer safetyStock,
                             @Min(0) @Max(100_000_000) Integer reorderPoint,
                             @Min(1) @Max(100_000_000) Integer reorderQuantity,
                             @Size(max = 500) String reason) {
    }
}
