package io.shipshape.catalog.web;

import java.time.Instant;

import io.shipshape.catalog.CreateProduct;
import io.shipshape.catalog.ProductView;
import io.shipshape.catalog.Skus;
import io.shipshape.catalog.UpdateProduct;
import io.shipshape.shared.Money;
import io.shipshape.shared.MoneyJson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The request and response bodies of {@code /api/v1/products} (api-v1.md, "Products"). Prices arrive as the
 * shared {@link MoneyJson} (an unknown currency is a 400 on {@code price.currency}) and leave as {@link Money}.
 */
final class ProductApiModels {

    static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
    static final String NOT_BLANK = "(?s).*\\S.*";

    private ProductApiModels() {
    }

    record CreateProductRequest(
            @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
            @NotBlank @Size(max = 200)
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String name,
            @NotNull @Valid MoneyJson price,
            @PositiveOrZero @Max(1_000_000) Integer weightGrams,
            @Size(max = 64)
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String barcode,
            Boolean backorderable) {

        CreateProduct toCommand() {
            return new CreateProduct(sku, name, price.toMoney("price"), weightGrams, barcode, backorderable);
        }
    }

    /** PATCH: absent (or null) fields stay as they are; {@code "barcode": ""} removes the barcode. */
    record UpdateProductRequest(
            @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String name,
            @Valid MoneyJson price,
            @PositiveOrZero @Max(1_000_000) Integer weightGrams,
            @Size(max = 64)
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String barcode,
            Boolean backorderable,
            Boolean active) {

        UpdateProduct toCommand() {
            return new UpdateProduct(name, price == null ? null : price.toMoney("price"), weightGrams, barcode,
                    backorderable, active);
        }
    }

    record ProductResponse(String id, String sku, String name, Money price, Integer weightGrams, String barcode,
                           boolean backorderable, boolean active, Instant createdAt, Instant updatedAt) {

        static ProductResponse of(ProductView p) {
            return new ProductResponse(p.id().toString(), p.sku(), p.name(), p.price(),
                    p.weightGrams(), p.barcode(), p.backorderable(), p.active(), p.createdAt(), p.updatedAt());
        }
    }
}
