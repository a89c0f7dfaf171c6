package io.shipshape.fulfillment.web;

import io.shipshape.fulfillment.CarrierView;
import io.shipshape.fulfillment.Carriers;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/settings/carriers}: the carrier registry and a form to add custom carriers. */
@AdminController
class CarrierAdminController {

    private final Carriers carriers;

    CarrierAdminController(Carriers carriers) {
        this.carriers = carriers;
    }

    @GetMapping("/admin/settings/carriers")
    String list(Model model) {
        model.addAttribute("carriers", carriers.list());
        return "fulfillment/carriers";
    }

    @PostMapping("/admin/settings/carriers")
    String add(@RequestParam String code, @RequestParam String name, @RequestParam String trackingUrl,
               RedirectAttributes redirect) {
        CarrierView added = carriers.add(code, name, trackingUrl);
        Flash.success(redirect, "Added carrier " + added.name() + ".");
        return "redirect:/admin/settings/carriers";
    }
}
