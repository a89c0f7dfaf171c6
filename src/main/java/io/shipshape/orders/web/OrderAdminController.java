package io.shipshape.orders.web;

import java.security.Principal;

import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStatus;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Htmx;
import io.shipshape.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's orders: the list ({@code /admin/orders}: search, filters, sort, cursor paging, counts per
 * status) and the order page with its timeline, where staff add notes.
 */
@AdminController
class OrderAdminController {

    static final int PAGE_SIZE = 50;

    private final OrderManagement orders;
    private final OrderLifecycle lifecycle;

    OrderAdminController(OrderManagement orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    /** The whole page, or for htmx (the search box, the filters) only its results. */
    @GetMapping("/admin/orders")
    String list(@ModelAttribute("params") OrderListAdminParams params, BindingResult binding,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        if (binding.hasErrors()) {
            String field = binding.getFieldErrors().isEmpty() ? "query" : binding.getFieldErrors().get(0).getField();
            throw new DomainException(ProblemType.INVALID_PARAMETER, field + " is not valid").with("parameter", field);
        }
        model.addAttribute("page", orders.list(params.filter(), params.order(), PageRequest.of(PAGE_SIZE,
                params.cursor())));
        model.addAttribute("counts", orders.countsByStatus());
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("channels", Channel.values());
        return Htmx.pageOrFragment(request, response, "orders/list", "orders/list :: results");
    }

    @GetMapping("/admin/orders/{id}")
    String order(@PathVariable String id, Model model) {
        OrderId orderId = OrderApiController.parse(id);
        model.addAttribute("order", orders.get(orderId));
        model.addAttribute("timeline", orders.timeline(orderId));
        model.addAttribute("processing", lifecycle.processing(orderId));
        model.addAttribute("maxNote", OrderManagement.MAX_NOTE);
        return "orders/order";
    }

    /** Post-redirect-get back to the order page, with the note added or the problem shown. */
    @PostMapping("/admin/orders/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam(defaultValue = "") String text, Principal user,
                   RedirectAttributes redirect) {
        OrderId orderId = OrderApiController.parse(id);
        try {
            orders.addNote(orderId, text, user.getName());
            Flash.success(redirect, "Note added.");
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/admin/orders/" + orderId;
    }
}
