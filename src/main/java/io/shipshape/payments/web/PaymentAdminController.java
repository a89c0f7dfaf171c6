package io.shipshape.payments.web;

import java.security.Principal;
import java.util.Currency;

import io.shipshape.orders.OrderId;
import io.shipshape.payments.PaymentManagement;
import io.shipshape.payments.RecordManualPayment;
import io.shipshape.payments.RefundPayment;
import io.shipshape.payments.TransactionStatus;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import io.shipshape.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payments panel of the order page (loaded by htmx from {@code orders/order.html}): status, totals, the
 * ledger, and for PAYMENTS_WRITE users the capture, refund and manual-payment forms, which post here and
 * redirect back to the order page with the outcome or the problem.
 */
@AdminController
class PaymentAdminController {

    private final PaymentManagement payments;

    PaymentAdminController(PaymentManagement payments) {
        this.payments = payments;
    }

    @GetMapping("/admin/orders/{id}/payments")
    String panel(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("payments", payments.payments(PaymentApiController.parse(id)));
        return Htmx.pageOrFragment(request, response, "payments/panel", "payments/panel :: panel");
    }

    @PostMapping("/admin/orders/{id}/payments/capture")
    String capture(@PathVariable String id, @RequestParam(defaultValue = "") String amount, Principal user,
                   RedirectAttributes redirect) {
        OrderId orderId = PaymentApiController.parse(id);
        return act(orderId, redirect, () -> {
            Money money = amount.isBlank() ? null : money(amount, currency(orderId));
            var t = payments.capture(orderId, money, user.getName());
            return "Capture of " + t.amount().format() + ": " + t.status() + ".";
        });
    }

    @PostMapping("/admin/orders/{id}/refunds")
    String refund(@PathVariable String id, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "") String reason, Principal user, RedirectAttributes redirect) {
        OrderId orderId = PaymentApiController.parse(id);
        return act(orderId, redirect, () -> {
            if (reason.isBlank()) {
                throw InvalidRequest.of("reason", "must not be blank");
            }
            var t = payments.refund(orderId, new RefundPayment(money(amount, currency(orderId)), reason.strip(), null,
                    null, user.getName()));
            return "Refund of " + t.amount().format() + ": " + t.status() + ".";
        });
    }

    @PostMapping("/admin/orders/{id}/payments/manual")
    String manual(@PathVariable String id, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String reference,
                  Principal user, RedirectAttributes redirect) {
        OrderId orderId = PaymentApiController.parse(id);
        return act(orderId, redirect, () -> {
            var t = payments.recordManualPayment(orderId, new RecordManualPayment(money(amount, currency(orderId)),
                    method, reference.isBlank() ? null : reference.strip(), user.getName()));
            return "Recorded a payment of " + t.amount().format() + ".";
        });
    }

    private interface Action {
        String run();
    }

    /** Post-redirect-get to the order page with a success line, or the problem as the API would state it. */
    private static String act(OrderId orderId, RedirectAttributes redirect, Action action) {
        try {
            String message = action.run();
            if (message.endsWith(TransactionStatus.FAILED + ".")) {
                redirect.addFlashAttribute("flashProblem", new Flash.Problem("/problems/business-rule",
                        "The gateway refused", message, java.util.List.of()));
            } else {
                Flash.success(redirect, message);
            }
        } catch (DomainException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/admin/orders/" + orderId;
    }

    private Currency currency(OrderId orderId) {
        return payments.payments(orderId).orderTotal().currency();
    }

    private static Money money(String amount, Currency currency) {
        try {
            Money money = Money.ofDecimal(amount, currency);
            if (money.amountMinor() <= 0) {
                throw InvalidRequest.of("amount", "must be greater than 0");
            }
            return money;
        } catch (NumberFormatException | ArithmeticException e) {
            throw InvalidRequest.of("amount", "must be an amount such as 12.50");
        }
    }
}
