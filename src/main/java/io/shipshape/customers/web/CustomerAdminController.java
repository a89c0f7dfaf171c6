package io.shipshape.customers.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerOrderStats;
import io.shipshape.customers.CustomerOrderStats.RecentOrder;
import io.shipshape.customers.CustomerOrderStats.Stats;
import io.shipshape.customers.CustomerView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Htmx;
import io.shipshape.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customers in the back office ({@code /admin/customers}): the list with live search and cursor paging, the
 * forms to create and edit a customer, and the customer page with their latest orders, order count and
 * lifetime value (from the orders module through {@link CustomerOrderStats}).
 */
@AdminController
class CustomerAdminController {

    /** One of the customer's orders as the customer page lists it. */
    record OrderRow(String id, String number, String status, String paymentStatus, String fulfillmentStatus,
                    String channel, String total, String createdAt) {
    }

    static final int RECENT_ORDERS = 20;
    private static final String FORM = "customers/customer-form";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CustomerManagement customers;
    private final ObjectProvider<CustomerOrderStats> orderStats;

    CustomerAdminController(CustomerManagement customers, ObjectProvider<CustomerOrderStats> orderStats) {
        this.customers = customers;
        this.orderStats = orderStats;
    }

    /** The list, or only its results when htmx asks (search as you type). */
    @GetMapping({"/admin/customers", "/admin/customers/"})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("cursor", cursor);
        model.addAttribute("page", customers.list(q, PageRequest.of(null, cursor)));
        return Htmx.pageOrFragment(request, response, "customers/customers", "customers/customers :: results");
    }

    @GetMapping("/admin/customers/{id}")
    String show(@PathVariable String id, Model model) {
        CustomerView customer = customers.get(parse(id));
        CustomerOrderStats source = orderStats.getIfAvailable();
        Stats stats = source == null ? Stats.none() : source.statsFor(customer.id());
        model.addAttribute("customer", customer);
        model.addAttribute("since", WHEN.format(customer.createdAt()));
        model.addAttribute("orderCount", stats.orderCount());
        model.addAttribute("lifetimeValue", stats.lifetimeValue().stream().map(CustomerAdminController::money).toList());
        model.addAttribute("orders", source == null ? java.util.List.of()
                : source.recentOrders(customer.id(), RECENT_ORDERS).stream().map(CustomerAdminController::row).toList());
        model.addAttribute("recentLimit", RECENT_ORDERS);
        return "customers/customer";
    }

    @GetMapping("/admin/customers/new")
    String newCustomer(Model model) {
        model.addAttribute("customerAdminForm", CustomerAdminForm.blank());
        return form(model, null);
    }

    @PostMapping("/admin/customers/new")
    String create(@Valid @ModelAttribute CustomerAdminForm customerAdminForm, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        CustomerView created;
        try {
            created = customers.create(customerAdminForm.toCreate());
        } catch (DomainException e) {
            return refused(e, errors, model, null);
        }
        Flash.success(redirect, "Customer " + created.email() + " created.");
        return "redirect:/admin/customers/" + created.id();
    }

    @GetMapping("/admin/customers/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        CustomerView customer = customers.get(parse(id));
        model.addAttribute("customerAdminForm", CustomerAdminForm.of(customer));
        return form(model, customer);
    }

    @PostMapping("/admin/customers/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute CustomerAdminForm customerAdminForm,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CustomerView customer = customers.get(parse(id));
        if (errors.hasErrors()) {
            return form(model, customer);
        }
        try {
            customers.update(customer.id(), customerAdminForm.toUpdate());
        } catch (DomainException e) {
            return refused(e, errors, model, customer);
        }
        Flash.success(redirect, "Customer saved.");
        return "redirect:/admin/customers/" + customer.id();
    }

    /** Blocks or unblocks the customer (their new orders are held for review while blocked). */
    @PostMapping("/admin/customers/{id}/blocked")
    String block(@PathVariable String id, @RequestParam boolean blocked, RedirectAttributes redirect) {
        CustomerView customer = customers.setBlocked(parse(id), blocked);
        Flash.success(redirect, "Customer " + customer.email() + (blocked ? " blocked." : " unblocked."));
        return "redirect:/admin/customers/" + customer.id();
    }

    private static String form(Model model, CustomerView editing) {
        model.addAttribute("editing", editing);
        return FORM;
    }

    /** A refusal from the customers module shown on the form, keeping what the user typed. */
    private static String refused(DomainException e, BindingResult errors, Model model, CustomerView editing) {
        if (e instanceof InvalidRequest invalid) {
            invalid.errors().forEach(err -> errors.rejectValue(err.field(), "invalid", err.message()));
        } else if (e.type() == ProblemType.DUPLICATE_CUSTOMER) {
            errors.rejectValue("email", "duplicate", "another customer has this email");
            model.addAttribute("existingCustomerId", e.properties().get("customerId"));
        } else {
            throw e;
        }
        return form(model, editing);
    }

    private static CustomerId parse(String id) {
        return new CustomerId(NotFound.uuid("Customer", id));
    }

    private static OrderRow row(RecentOrder o) {
        return new OrderRow(o.orderId(), o.number(), o.status(), o.paymentStatus(), o.fulfillmentStatus(), o.channel(),
                money(o.total()), when(o.createdAt()));
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** {@code 1,299.00 USD}, without floating point. */
    static String money(Money m) {
        return m.format();
    }
}
