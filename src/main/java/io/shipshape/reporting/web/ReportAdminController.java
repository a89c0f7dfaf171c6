package io.shipshape.reporting.web;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.shared.web.AdminController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/reports}: the reports staff read, starting with what to reorder (with a CSV download). */
@AdminController
class ReportAdminController {

    private final InventoryManagement inventory;

    ReportAdminController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @GetMapping({"/admin/reports", "/admin/reports/reorder-suggestions"})
    String reorder(@RequestParam(required = false) String location, Model model) {
        String code = ReorderReportApiController.blankToNull(location);
        model.addAttribute("location", code);
        model.addAttribute("locations", inventory.locations());
        model.addAttribute("suggestions", inventory.reorderSuggestions(code));
        return "reporting/reorder";
    }

    @GetMapping(value = "/admin/reports/reorder-suggestions.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String location) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"reorder-suggestions.csv\"")
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .body(ReorderReportApiController.toCsv(
                        inventory.reorderSuggestions(ReorderReportApiController.blankToNull(location))));
    }
}
