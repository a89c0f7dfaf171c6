package io.shipshape.returns.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.returns.ItemCondition;
import io.shipshape.returns.ReceiveReturn;
import io.shipshape.returns.RequestReturn;
import io.shipshape.returns.ReturnId;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.returns.ReturnResolution;
import io.shipshape.returns.ReturnStatus;
import io.shipshape.returns.ReturnView;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Capability;
import io.shipshape.shared.web.Flash;
import io.shipshape.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Returns in the back office: the list ({@code /admin/returns}), a return's page with approve, reject, the
 * scan-friendly receive form, refund and exchange, and the returns panel of the order page (requested from there
 * by htmx), where staff request a return of shipped units.
 */
@AdminController
class ReturnAdminController {

    private final ReturnManagement returns;
    private final OrderManagement orders;
    private final InventoryManagement inventory;

    ReturnAdminController(ReturnManagement returns, OrderManagement orders, InventoryManagement inventory) {
        this.returns = returns;
        this.orders = orders;
        this.inventory = inventory;
    }

    @GetMapping({"/admin/returns", "/admin/returns/"})
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        ReturnStatus filter = status == null || status.isBlank() ? null : ReturnStatus.parse(status);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("cursor", cursor);
        model.addAttribute("page", returns.list(filter, null, PageRequest.of(null, cursor)));
        model.addAttribute("when", CaseAdminController.WHEN);
        return Htmx.pageOrFragment(request, response, "returns/returns", "returns/returns :: results");
    }

    @GetMapping("/admin/returns/{id}")
    String show(@PathVariable String id, Model model) {
        ReturnView r = returns.get(parse(id));
        model.addAttribute("ret", r);
        model.addAttribute("order", orders.get(r.orderId()));
        model.addAttribute("locations", inventory.locations());
        model.addAttribute("conditions", ItemCondition.values());
        model.addAttribute("when", CaseAdminController.WHEN);
        return "returns/return";
    }

    /** The order page's returns panel: the order's returns and, when units are returnable, the request form. */
    @GetMapping("/admin/returns/order/{orderId}")
    String orderPanel(@PathVariable String orderId, Model model) {
        OrderView order = orders.get(new OrderId(NotFound.uuid("Order", orderId)));
        Map<String, Integer> returnable = returns.returnable(order.id());
        model.addAttribute("order", order);
        model.addAttribute("orderReturns", returns.ofOrder(order.id()));
        model.addAttribute("returnable", returnable);
        model.addAttribute("anyReturnable", returnable.values().stream().anyMatch(q -> q > 0));
        model.addAttribute("reasons", returns.settings().reasons());
        return "returns/order-panel :: panel";
    }

    @PostMapping("/admin/returns/order/{orderId}")
    String request(@PathVariable String orderId, @RequestParam Map<String, String> form,
                   @RequestParam(defaultValue = "REFUND") String resolution, Principal user,
                   RedirectAttributes redirect) {
        OrderId id = new OrderId(NotFound.uuid("Order", orderId));
        List<RequestReturn.Line> lines = new ArrayList<>();
        for (String sku : returns.returnable(id).keySet()) {
            int quantity = number(form.get("qty_" + sku));
            if (quantity > 0) {
                lines.add(new RequestReturn.Line(sku, quantity, form.getOrDefault("reason_" + sku, "OTHER")));
            }
        }
        ReturnView r = returns.request(new RequestReturn(id, lines, resolution(resolution), false, user.getName()));
        Flash.success(redirect, "Return " + r.number() + " requested.");
        return "redirect:/admin/returns/" + r.id();
    }

    @PostMapping("/admin/returns/{id}/approve")
    String approve(@PathVariable String id, Principal user, RedirectAttributes redirect) {
        ReturnView r = returns.approve(parse(id), user.getName());
        Flash.success(redirect, "Return " + r.number() + " approved.");
        return "redirect:/admin/returns/" + r.id();
    }

    @PostMapping("/admin/returns/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal user,
                  RedirectAttributes redirect) {
        ReturnView r = returns.reject(parse(id), reason, user.getName());
        Flash.success(redirect, "Return " + r.number() + " rejected.");
        return "redirect:/admin/returns/" + r.id();
    }

    /** The receive form: per return line, units in resellable and in damaged condition ({@code ok_N}, {@code bad_N}). */
    @PostMapping("/admin/returns/{id}/receive")
    String receive(@PathVariable String id, @RequestParam(defaultValue = "") String location,
                   @RequestParam Map<String, String> form, Principal user, RedirectAttributes redirect) {
        ReturnView r = returns.get(parse(id));
        List<ReceiveReturn.Line> lines = new ArrayList<>();
        for (ReturnView.Line l : r.lines()) {
            int ok = number(form.get("ok_" + l.lineNo()));
            int bad = number(form.get("bad_" + l.lineNo()));
            if (ok > 0) {
                lines.add(new ReceiveReturn.Line(l.sku(), ok, ItemCondition.RESELLABLE));
            }
            if (bad > 0) {
                lines.add(new ReceiveReturn.Line(l.sku(), bad, ItemCondition.DAMAGED));
            }
        }
        if (lines.isEmpty()) {
            throw InvalidRequest.of("lines", "enter at least one received unit");
        }
        ReturnView after = returns.receive(r.id(), new ReceiveReturn(location, lines, user.getName()));
        Flash.success(redirect, "Received " + lines.stream().mapToInt(ReceiveReturn.Line::quantity).sum()
                + " unit(s) at " + location + "; " + after.status() + ".");
        return "redirect:/admin/returns/" + r.id();
    }

    @PostMapping("/admin/returns/{id}/refund")
    String refund(@PathVariable String id, @RequestParam(defaultValue = "false") boolean beforeReceipt,
                  @RequestParam(required = false) String note, Authentication user, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (!canPay(user)) {
            return forbidden(response);
        }
        ReturnView r = returns.refund(parse(id), beforeReceipt, note, user.getName());
        Flash.success(redirect, "Refunded " + r.refund().amount().format() + ".");
        return "redirect:/admin/returns/" + r.id();
    }

    /** The exchange form: one "SKU quantity" pair per line of a text area. */
    @PostMapping("/admin/returns/{id}/exchange")
    String exchange(@PathVariable String id, @RequestParam(defaultValue = "") String items, Authentication user,
                    HttpServletResponse response, RedirectAttributes redirect) {
        if (!canPay(user)) {
            return forbidden(response);
        }
        List<RequestReturn.Line> lines = new ArrayList<>();
        for (String row : items.split("\\R")) {
            String[] parts = row.strip().split("\\s+");
            if (row.isBlank()) {
                continue;
            }
            lines.add(new RequestReturn.Line(parts[0], parts.length > 1 ? number(parts[1]) : 1, null));
        }
        ReturnView r = returns.exchange(parse(id), lines, user.getName());
        Flash.success(redirect, "Replacement order placed.");
        return "redirect:/admin/returns/" + r.id();
    }

    /**
     * Money leaves the business on a refund (and may on an exchange): like the order page's refunds, it takes the
     * PAYMENTS_WRITE capability, not only RETURNS_WRITE (which the warehouse has, to receive).
     */
    private static boolean canPay(Authentication user) {
        return user != null && Capability.of(user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .toList()).contains(Capability.PAYMENTS_WRITE);
    }

    private static String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    private static int number(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequest.of("quantity", "\"" + value + "\" is not a whole number");
        }
    }

    private static ReturnResolution resolution(String value) {
        try {
            return ReturnResolution.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.of("resolution", "must be REFUND or EXCHANGE");
        }
    }

    private static ReturnId parse(String id) {
        return new ReturnId(NotFound.uuid("Return", id));
    }
}
