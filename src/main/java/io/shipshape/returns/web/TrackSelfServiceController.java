package io.shipshape.returns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.returns.CaseManagement;
import io.shipshape.returns.CaseView;
import io.shipshape.returns.OpenCase;
import io.shipshape.returns.RequestReturn;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.returns.ReturnResolution;
import io.shipshape.returns.ReturnView;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer self-service next to the public tracking page, without sign-in: the unguessable tracking token is the
 * key, and it only reaches its own order. {@code /track/{token}/returns} requests a return of shipped units within
 * the return window; {@code /track/{token}/contact} opens a case and shows the customer's conversations about the
 * order (never internal notes). A refused request is shown on the form; nothing else about the shop is revealed.
 */
@Controller
class TrackSelfServiceController {

    private final OrderManagement orders;
    private final ReturnManagement returns;
    private final CaseManagement cases;

    TrackSelfServiceController(OrderManagement orders, ReturnManagement returns, CaseManagement cases) {
        this.orders = orders;
        this.returns = returns;
        this.cases = cases;
    }

    @GetMapping("/track/{token}/returns")
    String returnForm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<OrderView> order = order(token, response);
        if (order.isEmpty()) {
            return "returns/track-missing";
        }
        model.addAttribute("order", order.get());
        model.addAttribute("token", token);
        model.addAttribute("open", returns.withinWindow(order.get().id()));
        model.addAttribute("windowDays", returns.settings().windowDays());
        model.addAttribute("returnable", returns.returnable(order.get().id()));
        model.addAttribute("reasons", returns.settings().reasons());
        model.addAttribute("requested", returns.ofOrder(order.get().id()).stream().filter(ReturnView::byCustomer)
                .toList());
        return "returns/track-return";
    }

    @PostMapping("/track/{token}/returns")
    String requestReturn(@PathVariable String token, @RequestParam Map<String, String> form,
                         @RequestParam(defaultValue = "REFUND") String resolution, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Optional<OrderView> order = order(token, response);
        if (order.isEmpty()) {
            return "returns/track-missing";
        }
        List<RequestReturn.Line> lines = new ArrayList<>();
        try {
            for (String sku : returns.returnable(order.get().id()).keySet()) {
                int quantity = parse(form.get("qty_" + sku));
                if (quantity > 0) {
                    lines.add(new RequestReturn.Line(sku, quantity, form.get("reason_" + sku)));
                }
            }
            ReturnView r = returns.request(new RequestReturn(order.get().id(), lines,
                    "EXCHANGE".equals(resolution) ? ReturnResolution.EXCHANGE : ReturnResolution.REFUND, true,
                    null));
            Flash.success(redirect, "Your return " + r.number() + " is requested. We will email you once it is "
                    + "approved, with how to send the items back.");
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/track/" + token + "/returns";
    }

    @GetMapping("/track/{token}/contact")
    String contact(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<OrderView> order = order(token, response);
        if (order.isEmpty()) {
            return "returns/track-missing";
        }
        model.addAttribute("order", order.get());
        model.addAttribute("token", token);
        model.addAttribute("when", CaseAdminController.WHEN);
        model.addAttribute("conversations", cases.list(null, null, order.get().id(), order.get().customer().email(),
                PageRequest.first(20)).items().stream().map(c -> cases.customerView(c.id())).toList());
        return "returns/track-contact";
    }

    @PostMapping("/track/{token}/contact")
    String openCase(@PathVariable String token, @RequestParam(defaultValue = "") String subject,
                    @RequestParam(defaultValue = "") String message, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Optional<OrderView> order = order(token, response);
        if (order.isEmpty()) {
            return "returns/track-missing";
        }
        try {
            CaseView c = cases.open(new OpenCase(order.get().id(), null, subject, message, true, null));
            Flash.success(redirect, "Thank you — we received your message about \"" + c.subject()
                    + "\" and will answer by email.");
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/track/" + token + "/contact";
    }

    private Optional<OrderView> order(String token, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<OrderView> order = token == null || token.length() > 64 ? Optional.empty()
                : orders.findByTrackingToken(token);
        if (order.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return order;
    }

    private static int parse(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
