package io.shipshape.inventory.web;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.LocationView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Locations in the back office ({@code /admin/inventory/locations}): the list of warehouses and stores and the
 * forms to create and edit one (everything but its code) through {@link InventoryManagement}.
 */
@AdminController
class LocationAdminController {

    private static final String FORM = "inventory/location-form";

    private final InventoryManagement inventory;

    LocationAdminController(InventoryManagement inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/admin/inventory/locations")
    String list(Model model) {
        model.addAttribute("locations", inventory.locations());
        return "inventory/locations";
    }

    @GetMapping("/admin/inventory/locations/new")
    String newLocation(Model model) {
        model.addAttribute("locationAdminForm", LocationAdminForm.blank());
        return form(model, null);
    }

    @PostMapping("/admin/inventory/locations/new")
    String create(@Valid @ModelAttribute LocationAdminForm locationAdminForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        locationAdminForm.checkRanges(errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        LocationView created;
        try {
            created = inventory.createLocation(locationAdminForm.toCreate());
        } catch (DomainException e) {
            if (e.type() != ProblemType.DUPLICATE_LOCATION) {
                throw e;
            }
            errors.rejectValue("code", "duplicate", "a location with this code already exists");
            return form(model, null);
        }
        Flash.success(redirect, "Location " + created.code() + " created.");
        return "redirect:/admin/inventory/locations";
    }

    @GetMapping("/admin/inventory/locations/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("locationAdminForm", LocationAdminForm.of(inventory.location(code)));
        return form(model, code);
    }

    /** The code in the path counts (the form shows it read-only). */
    @PostMapping("/admin/inventory/locations/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute LocationAdminForm locationAdminForm,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        inventory.location(code);
        locationAdminForm.checkRanges(errors);
        if (errors.getErrorCount() > errors.getFieldErrorCount("code")) {
            return form(model, code);
        }
        inventory.updateLocation(code, locationAdminForm.toUpdate());
        Flash.success(redirect, "Location " + code + " saved.");
        return "redirect:/admin/inventory/locations";
    }

    private static String form(Model model, String editing) {
        model.addAttribute("editing", editing);
        return FORM;
    }
}
