package io.shipshape.reporting.web;

import java.util.List;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.ReorderSuggestion;
import io.shipshape.reporting.Csv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/reorder-suggestions?location=}: what is at or below its reorder point, as JSON or CSV. */
@RestController
@Tag(name = "Reports")
class ReorderReportApiController {

    record ReorderList(List<ReorderSuggestion> items, String nextCursor) {
    }

    private final InventoryManagement inventory;

    ReorderReportApiController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @GetMapping(value = "/api/v1/reports/reorder-suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stock at or below its reorder point, with the quantity to order (also as text/csv)")
    ReorderList json(@RequestParam(required = false) String location) {
        return new ReorderList(inventory.reorderSuggestions(blankToNull(location)), null);
    }

    @GetMapping(value = "/api/v1/reports/reorder-suggestions", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String location) {
        return CsvDownload.of("reorder-suggestions.csv", toCsv(inventory.reorderSuggestions(blankToNull(location))));
    }

    static String toCsv(List<ReorderSuggestion> items) {
        return Csv.of(List.of("sku", "location", "onHand", "reserved", "safetyStock", "available", "reorderPoint",
                        "reorderQuantity", "suggestedQuantity"),
                items.stream().map(s -> List.<Object>of(s.sku(), s.location(), s.onHand(), s.reserved(),
                        s.safetyStock(), s.available(), s.reorderPoint(),
                        s.reorderQuantity() == null ? "" : s.reorderQuantity(), s.suggestedQuantity())).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
