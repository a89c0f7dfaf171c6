package io.shipshape.inventory.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.Skus;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationView;
import io.shipshape.inventory.StockLevelView;
import io.shipshape.inventory.StockRow;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Htmx;
import io.shipshape.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Stock in the back office: {@code /admin/inventory} lists every SKU x location (searchable by SKU, low stock
 * highlighted, keyset-paged); {@code /admin/inventory/{sku}} shows one SKU per location with its ledger and the
 * form to set a count.
 */
@AdminController
class InventoryAdminController {

    private final InventoryManagement inventory;
    private final CatalogManagement catalog;

    InventoryAdminController(InventoryManagement inventory, CatalogManagement catalog) {
        this.inventory = inventory;
        this.catalog = catalog;
    }

    /** The stock list, or only its results when htmx asks (search as you type). */
    @GetMapping({"/admin/inventory", "/admin/inventory/"})
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean low,
                @RequestParam(required = false) String cursor, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        String query = q == null ? "" : q.strip();
        var page = inventory.stockLevels(query, low, PageRequest.of(null, cursor));
        model.addAttribute("q", query);
        model.addAttribute("low", low);
        model.addAttribute("cursor", cursor);
        model.addAttribute("page", page);
        // Nothing counted yet for a SKU that exists: offer its page, where a count can be set.
        model.addAttribute("uncounted", page.items().isEmpty() && Skus.isValid(query)
                && !catalog.findBySkus(List.of(query)).isEmpty() ? query : null);
        return Htmx.pageOrFragment(request, response, "inventory/stock", "inventory/stock :: results");
    }

    /** One SKU: its stock per location, the count form, and the ledger (only the ledger when htmx pages it). */
    @GetMapping("/admin/inventory/{sku}")
    String sku(@PathVariable String sku, @RequestParam(required = false) String cursor,
               @RequestParam(required = false) String location, HttpServletRequest request,
               HttpServletResponse response, Model model) {
        model.addAttribute("stockCountForm", StockCountForm.at(location));
        show(sku, cursor, model);
        return Htmx.pageOrFragment(request, response, "inventory/sku", "inventory/sku :: ledger");
    }

    @PostMapping("/admin/inventory/{sku}/count")
    String count(@PathVariable String sku, @Valid @ModelAttribute StockCountForm stockCountForm, BindingResult errors,
                 Principal staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            show(sku, null, model);
            return "inventory/sku";
        }
        StockLevelView level = inventory.setCount(stockCountForm.toCommand(sku, staff.getName()));
        int onHand = level.locations().stream().filter(l -> l.location().equals(stockCountForm.location()))
                .mapToInt(StockLevelView.AtLocation::onHand).findFirst().orElse(0);
        Flash.success(redirect, "Count saved: " + onHand + " of " + sku + " on hand at " + stockCountForm.location()
                + ".");
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/inventory/{sku}")
                .queryParam("location", stockCountForm.location()).buildAndExpand(sku).encode().toUriString();
    }

    private void show(String sku, String cursor, Model model) {
        var product = catalog.get(sku);
        List<LocationView> locations = inventory.locations();
        Map<String, Boolean> active = locations.stream()
                .collect(Collectors.toMap(LocationView::code, LocationView::active));
        StockLevelView level = inventory.stockOf(sku);
        model.addAttribute("product", product);
        model.addAttribute("level", level);
        model.addAttribute("rows", level.locations().stream().map(l -> new StockRow(sku, l.location(),
                active.getOrDefault(l.location(), true), l.onHand(), l.reserved(), l.available(), l.safetyStock(),
                l.reorderPoint(), l.reorderQuantity(),
                StockRow.isLow(l.onHand(), l.reserved(), l.safetyStock(), l.reorderPoint()))).toList());
        model.addAttribute("locations", locations);
        model.addAttribute("cursor", cursor);
        model.addAttribute("movements", inventory.movements(sku, PageRequest.of(25, cursor)));
    }
}
