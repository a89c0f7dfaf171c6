package io.shipshape.catalog.web;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
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

/**
 * The catalog in the back office ({@code /admin/catalog}): the product list with live search and cursor paging,
 * and the forms to create and edit a product. Everything goes through {@link CatalogManagement}.
 */
@AdminController
class CatalogAdminController {

    /** One row of the product list, with the price ready to show. */
    record ProductRow(String sku, String name, String price, Integer weightGrams, String barcode,
                      boolean backorderable, boolean active) {

        static ProductRow of(ProductView p) {
            return new ProductRow(p.sku(), p.name(), ProductAdminForm.display(p.price()), p.weightGrams(),
                    p.barcode(), p.backorderable(), p.active());
        }
    }

    private static final String FORM = "catalog/product-form";

    private final CatalogManagement catalog;

    CatalogAdminController(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    /** The list, or only its results when htmx asks (search as you type, next page). */
    @GetMapping({"/admin/catalog", "/admin/catalog/"})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("cursor", cursor);
        model.addAttribute("page", catalog.list(q, PageRequest.of(null, cursor)).map(ProductRow::of));
        return Htmx.pageOrFragment(request, response, "catalog/products", "catalog/products :: results");
    }

    @GetMapping("/admin/catalog/new")
    String newProduct(Model model) {
        model.addAttribute("productForm", ProductAdminForm.blank());
        return form(model, null);
    }

    @PostMapping("/admin/catalog/new")
    String create(@Valid @ModelAttribute("productForm") ProductAdminForm productForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Money price = price(productForm, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            catalog.create(productForm.toCreate(price));
        } catch (DomainException e) {
            return refused(e, errors, model, null);
        }
        Flash.success(redirect, "Product " + productForm.sku() + " created.");
        return "redirect:/admin/catalog?q=" + productForm.sku();
    }

    @GetMapping("/admin/catalog/{sku}/edit")
    String edit(@PathVariable String sku, Model model) {
        model.addAttribute("productForm", ProductAdminForm.of(catalog.get(sku)));
        return form(model, sku);
    }

    @PostMapping("/admin/catalog/{sku}/edit")
    String update(@PathVariable String sku, @Valid @ModelAttribute("productForm") ProductAdminForm productForm, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        catalog.get(sku);
        Money price = price(productForm, errors);
        if (errors.hasErrors() && !onlySkuErrors(errors)) {
            return form(model, sku);
        }
        try {
            catalog.update(sku, productForm.toUpdate(price));
        } catch (DomainException e) {
            return refused(e, errors, model, sku);
        }
        Flash.success(redirect, "Product " + sku + " saved.");
        return "redirect:/admin/catalog?q=" + sku;
    }

    private static String form(Model model, String editing) {
        model.addAttribute("editing", editing);
        return FORM;
    }

    /** The price typed, or null with a field error on {@code amount} or {@code currency}. */
    private static Money price(ProductAdminForm form, BindingResult errors) {
        if (errors.hasFieldErrors("amount") || errors.hasFieldErrors("currency")) {
            return null;
        }
        try {
            return ProductAdminForm.price(form.amount(), form.currency());
        } catch (IllegalArgumentException e) {
            String[] fieldAndMessage = e.getMessage().split(":", 2);
            errors.rejectValue(fieldAndMessage[0], "invalid", fieldAndMessage[1]);
            return null;
        }
    }

    /** The SKU is read-only when editing: the one in the path counts, whatever the form sent. */
    private static boolean onlySkuErrors(BindingResult errors) {
        return errors.getErrorCount() == errors.getFieldErrorCount("sku");
    }

    /** A refusal from the catalog shown on the form, keeping what the user typed. */
    private static String refused(DomainException e, BindingResult errors, Model model, String editing) {
        if (e instanceof InvalidRequest invalid) {
            invalid.errors().forEach(err -> reject(errors, err.field(), err.message()));
        } else if (e.type() == ProblemType.DUPLICATE_SKU) {
            errors.rejectValue("sku", "duplicate", "a product with this SKU already exists");
        } else {
            throw e;
        }
        return form(model, editing);
    }

    private static void reject(BindingResult errors, String apiField, String message) {
        String field = switch (apiField) {
            case "price", "price.amount" -> "amount";
            case "price.currency" -> "currency";
            default -> apiField;
        };
        if (errors.getFieldType(field) != null) {
            errors.rejectValue(field, "invalid", message);
        } else {
            errors.reject("invalid", apiField + ": " + message);
        }
    }
}
