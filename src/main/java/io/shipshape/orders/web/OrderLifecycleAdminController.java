package io.shipshape.orders.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import io.shipshape.orders.CancelOrder;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderLifecycle;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue ({@code /admin/orders/review}: held orders, oldest first, with their reasons) and the hold,
 * release and cancel actions of the order page. Each action posts, then redirects back (to the queue when it came
 * from there) with the outcome or the problem.
 */
@AdminController
class OrderLifecycleAdminController {

    static final int QUEUE_SIZE = 200;

    private final OrderLifecycle lifecycle;

    OrderLifecycleAdminController(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping("/admin/orders/review")
    String review(Model model) {
        model.addAttribute("held", lifecycle.reviewQueue(QUEUE_SIZE));
        model.addAttribute("limit", QUEUE_SIZE);
        return "orders/review";
    }

    @PostMapping("/admin/orders/{id}/hold")
    String hold(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal user,
                RedirectAttributes redirect) {
        OrderId orderId = OrderApiController.parse(id);
        return act(redirect, orderId, null, () -> lifecycle.hold(orderId, reason, user.getName()), "Order held.");
    }

    @PostMapping("/admin/orders/{id}/release")
    String release(@PathVariable String id, @RequestParam(required = false) String from, Principal user,
                   RedirectAttributes redirect) {
        OrderId orderId = OrderApiController.parse(id);
        return act(redirect, orderId, from, () -> lifecycle.release(orderId, user.getName()), "Order released.");
    }

    /** Whole order, or (when quantities are given) those quantities of the lines' SKUs. */
    @PostMapping("/admin/orders/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) List<String> sku, @RequestParam(required = false) List<String> quantity,
                  @RequestParam(required = false) String from, Principal user, RedirectAttributes redirect) {
        OrderId orderId = OrderApiController.parse(id);
        List<CancelOrder.Line> lines = new ArrayList<>();
        if (sku != null && quantity != null) {
            for (int i = 0; i < Math.min(sku.size(), quantity.size()); i++) {
                String q = quantity.get(i) == null ? "" : quantity.get(i).strip();
                if (!q.isEmpty() && !q.equals("0")) {
                    lines.add(new CancelOrder.Line(sku.get(i), parseQuantity(q)));
                }
            }
        }
        boolean partial = sku != null;
        if (partial && lines.isEmpty()) {
            Flash.problem(redirect, io.shipshape.shared.InvalidRequest.of("quantity", "enter a quantity to cancel"));
            return "redirect:/admin/orders/" + orderId;
        }
        return act(redirect, orderId, from, () -> lifecycle.cancel(orderId, new CancelOrder(reason,
                partial ? lines : null, user.getName())), partial ? "Lines cancelled." : "Order cancelled.");
    }

    private static int parseQuantity(String q) {
        try {
            return Integer.parseInt(q);
        } catch (NumberFormatException e) {
            return -1; // refused by the lifecycle as "must be at least 1"
        }
    }

    private static String act(RedirectAttributes redirect, OrderId id, String from, Runnable action, String done) {
        try {
            action.run();
            Flash.success(redirect, done);
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return "review".equals(from) ? "redirect:/admin/orders/review" : "redirect:/admin/orders/" + id;
    }
}
