package io.shipshape.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;

/** PATCH merging and field rules of products, without Spring. */
class ProductRulesTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");
    private final ProductView mug = new ProductView(new ProductId(UUID.randomUUID()), "MUG-1", "Mug",
            Money.of(1999, "USD"), 350, "123", false, true, CREATED, CREATED);

    @Test
    void nullFieldsOfAnUpdateStayUnchanged() {
        ProductView after = ProductRules.apply(mug, new UpdateProduct(null, Money.of(1799, "USD"), null, null, null,
                null), NOW);

        assertThat(after).isEqualTo(new ProductView(mug.id(), "MUG-1", "Mug", Money.of(1799, "USD"), 350, "123",
                false, true, CREATED, NOW));
    }

    @Test
    void updateThatChangesNothingReturnsTheSameProduct() {
        assertThat(ProductRules.apply(mug, new UpdateProduct(" Mug ", null, 350, null, false, true), NOW))
                .isSameAs(mug);
    }

    @Test
    void emptyBarcodeRemovesTheBarcode() {
        assertThat(ProductRules.apply(mug, new UpdateProduct(null, null, null, "", null, null), NOW).barcode())
                .isNull();
    }

    @Test
    void rejectsBrokenFieldsNamingEachOne() {
        assertThatThrownBy(() -> ProductRules.apply(mug, new UpdateProduct(" ", Money.of(-1, "USD"), 1_000_001,
                "x".repeat(65), null, null), NOW))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors())
                        .extracting(InvalidRequest.FieldError::field)
                        .containsExactly("name", "price.amount", "weightGrams", "barcode"));
    }

    @Test
    void acceptsOnlyAddressableSkus() {
        assertThat(Skus.isValid("ABC-1.x_2")).isTrue();
        assertThat(Skus.isValid("a".repeat(64))).isTrue();
        assertThat(Skus.isValid("a".repeat(65))).isFalse();
        assertThat(Skus.isValid("")).isFalse();
        assertThat(Skus.isValid(".")).isFalse();
        assertThat(Skus.isValid("..")).isFalse();
        assertThat(Skus.isValid("...")).isTrue();
        assertThat(Skus.isValid("a/b")).isFalse();
        assertThat(Skus.isValid("a\u0000")).isFalse();
        assertThat(Skus.isValid(null)).isFalse();
    }
}
