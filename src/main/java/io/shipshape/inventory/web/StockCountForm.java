package io.shipshape.inventory.web;

import io.shipshape.inventory.SetStockCount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The stock count form of a SKU's page: the location and what was counted; safety stock and reorder settings
 * are optional (blank leaves them as they are). Numbers are text so that a typo is a readable field error.
 */
record StockCountForm(
        @NotBlank(message = "choose a location") String location,
        @NotBlank @Pattern(regexp = WHOLE, message = WHOLE_MESSAGE) String onHand,
        @Pattern(regexp = OPTIONAL_WHOLE, message = WHOLE_MESSAGE) String safetyStock,
        @Pattern(regexp = OPTIONAL_WHOLE, message = WHOLE_MESSAGE) String reorderPoint,
        @Pattern(regexp = "|0*[1-9]\\d{0,7}", message = "must be a whole number from 1 to 99999999")
        String reorderQuantity,
        @Size(max = 500) String reason) {

    static final String WHOLE = "\\d{1,8}";
    static final String OPTIONAL_WHOLE = "\\d{0,8}";
    static final String WHOLE_MESSAGE = "must be a whole number from 0 to 99999999";

    static StockCountForm at(String location) {
        return new StockCountForm(location == null ? "" : location, "", "", "", "", "");
    }

    SetStockCount toCommand(String sku, String actor) {
        return new SetStockCount(sku, location, Integer.parseInt(onHand), number(safetyStock), number(reorderPoint),
                number(reorderQuantity), reason == null || reason.isBlank() ? null : reason.strip(), actor);
    }

    private static Integer number(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }
}
