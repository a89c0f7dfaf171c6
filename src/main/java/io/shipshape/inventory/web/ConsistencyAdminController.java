package io.shipshape.inventory.web;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.shared.web.AdminController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin/inventory/consistency}: proves the stock invariants — on-hand equals the sum of its movements,
 * reserved equals the sum of active reservations, nothing negative — and lists any SKU x location that breaks them.
 */
@AdminController
class ConsistencyAdminController {

    private final InventoryManagement inventory;

    ConsistencyAdminController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/admin/inventory/consistency")
    String consistency(Model model) {
        model.addAttribute("report", inventory.checkConsistency());
        return "inventory/consistency";
    }
}
