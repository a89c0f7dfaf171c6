package io.shipshape.orders.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Manual order entry for phone and in-store (POS) sales. Saving captures through {@link OrderManagement#place}, the
 * same path as the API, so the same problems come back; a refused order is shown again with the staff's input and
 * the problem. The live parts (customer and product search, a new line, the totals preview) are htmx fragments;
 * without JavaScript the lines are typed by SKU and "Preview totals" posts the whole form.
 */
@AdminController
@RequestMapping("/admin/orders/new")
class OrderEntryAdminController {

    private final OrderManagement orders;
    private final OrderEntryAdminMapper mapper;
    private final OrderEntryAdminLookups lookups;

    OrderEntryAdminController(OrderManagement orders, OrderEntryAdminMapper mapper, OrderEntryAdminLookups lookups) {
        this.orders = orders;
        this.mapper = mapper;
        this.lookups = lookups;
    }

    @GetMapping
    String form(Model model) {
        return page(OrderEntryAdminForm.blank(), model);
    }

    @PostMapping
    String save(@ModelAttribute OrderEntryAdminForm form, Principal user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            OrderView order = orders.place(mapper.command(form, user.getName()));
            Flash.success(redirect, "Order " + order.number() + " saved.");
            return "redirect:/admin/orders/" + order.id();
        } catch (DomainException e) {
            response.setStatus(e.type().status());
            model.addAttribute("flashProblem", Flash.of(e));
            model.addAttribute("errors", fieldErrors(e));
            preview(form, user, model);
            return page(form, model);
        }
    }

    /** The totals as capture would compute them; nothing is reserved or written. */
    @PostMapping("/quote")
    String quote(@ModelAttribute OrderEntryAdminForm form, Principal user,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        preview(form, user, model);
        return htmx != null ? "orders/entry :: totals" : page(form, model);
    }

    private void preview(OrderEntryAdminForm form, Principal user, Model model) {
        if (form.lines().isEmpty()) {
            return;
        }
        try {
            model.addAttribute("quote", orders.quote(mapper.preview(form, user.getName())));
        } catch (DomainException e) {
            model.addAttribute("quoteProblem", Flash.of(e));
            if (!model.containsAttribute("errors")) {
                model.addAttribute("errors", fieldErrors(e));
            }
        }
    }

    @GetMapping("/customers")
    String customers(@RequestParam(defaultValue = "") String email, Model model) {
        model.addAttribute("lookup", email.strip());
        model.addAttribute("customers", safely(() -> lookups.customers(email)));
        return "orders/entry :: customers";
    }

    @GetMapping("/products")
    String products(@RequestParam(defaultValue = "") String query, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("products", safely(() -> lookups.products(query)));
        return "orders/entry :: products";
    }

    /** A new row of the lines table; tells the page (HX-Trigger-After-Settle) to refresh its totals. */
    @GetMapping("/line")
    String line(@RequestParam String sku, Model model, HttpServletResponse response) {
        model.addAttribute("row", lookups.row(sku));
        response.setHeader("HX-Trigger-After-Settle", "lines-changed");
        return "orders/entry :: line";
    }

    private String page(OrderEntryAdminForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rows", lookups.rows(form.lines()));
        model.addAttribute("stores", lookups.stores());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "orders/new";
    }

    /** Field errors by the API's field name (e.g. {@code customer.email}), to show next to the inputs. */
    private static Map<String, String> fieldErrors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidRequest invalid) {
            invalid.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        }
        return errors;
    }

    /** A lookup whose input the module refuses (too long, control characters) finds nothing. */
    private static <T> List<T> safely(java.util.function.Supplier<List<T>> lookup) {
        try {
            return lookup.get();
        } catch (DomainException e) {
            return List.of();
        }
    }
}
