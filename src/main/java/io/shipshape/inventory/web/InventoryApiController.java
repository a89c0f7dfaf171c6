package io.shipshape.inventory.web;

import java.security.Principal;

import io.shipshape.inventory.ConsistencyReport;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.MovementView;
import io.shipshape.inventory.SetStockCount;
import io.shipshape.inventory.StockLevelView;
import io.shipshape.inventory.web.InventoryApiModels.StockCountRequest;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory}: stock per SKU and location, counts, the ledger, the consistency check. */
@RestController
@RequestMapping(value = "/api/v1/inventory", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Inventory")
class InventoryApiController {

    private final InventoryManagement inventory;

    InventoryApiController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/consistency")
    @Operation(summary = "Check that balances agree with the ledger and the reservations")
    ConsistencyReport consistency() {
        return inventory.checkConsistency();
    }

    @PutMapping("/{sku}/{location}")
    @Operation(summary = "Record a stock count: sets on-hand, the difference becomes a COUNT movement")
    StockLevelView count(@PathVariable String sku, @PathVariable String location,
                         @Valid @RequestBody StockCountRequest r, Principal caller) {
        return inventory.setCount(new SetStockCount(sku, location, r.onHand(), r.safetyStock(), r.reorderPoint(),
                r.reorderQuantity(), r.reason(), caller.getName()));
    }

    @GetMapping("/{sku}")
    StockLevelView stock(@PathVariable String sku) {
        return inventory.stockOf(sku);
    }

    @GetMapping("/{sku}/movements")
    Page<MovementView> movements(@PathVariable String sku, @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String cursor) {
        return inventory.movements(sku, PageRequest.of(limit, cursor));
    }
}
