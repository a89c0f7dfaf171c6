package io.shipshape.returns.web;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.returns.CaseId;
import io.shipshape.returns.CaseManagement;
import io.shipshape.returns.CaseStatus;
import io.shipshape.returns.CaseView;
import io.shipshape.returns.OpenCase;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.PageRequest;
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
 * The cases inbox in the back office ({@code /admin/cases}): longest waiting first, filtered by status and
 * assignee; the case page with the conversation, the order's context beside it, and reply, internal note,
 * assign, resolve and reopen; and the form to open a case (from the order page, {@code ?orderId=}).
 */
@AdminController
class CaseAdminController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final CaseManagement cases;
    private final OrderManagement orders;

    CaseAdminController(CaseManagement cases, OrderManagement orders) {
        this.cases = cases;
        this.orders = orders;
    }

    /** The inbox; status defaults to OPEN (cases that owe an answer), {@code status=ALL} shows every case. */
    @GetMapping({"/admin/cases", "/admin/cases/"})
    String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) String assignee,
                 @RequestParam(required = false) String cursor, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        String shown = status == null || status.isBlank() ? CaseStatus.OPEN.name() : status;
        CaseStatus filter = "ALL".equals(shown) ? null : CaseApiController.status(shown);
        String who = assignee == null || assignee.isBlank() ? null : assignee.equals("-") ? "" : assignee;
        model.addAttribute("status", shown);
        model.addAttribute("assignee", assignee == null ? "" : assignee);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("staff", cases.assignableStaff());
        model.addAttribute("cursor", cursor);
        model.addAttribute("page", cases.list(filter, who, null, null, PageRequest.of(null, cursor)));
        model.addAttribute("when", WHEN);
        return Htmx.pageOrFragment(request, response, "returns/cases", "returns/cases :: results");
    }

    @GetMapping("/admin/cases/{id}")
    String show(@PathVariable String id, Model model) {
        CaseView c = cases.get(parse(id));
        model.addAttribute("kase", c);
        model.addAttribute("order", c.orderId() == null ? null : orders.get(c.orderId()));
        model.addAttribute("staff", cases.assignableStaff());
        model.addAttribute("when", WHEN);
        return "returns/case";
    }

    @GetMapping("/admin/cases/new")
    String newCase(@RequestParam(required = false) String orderId, Model model) {
        model.addAttribute("order", orderId == null || orderId.isBlank() ? null
                : orders.get(new OrderId(NotFound.uuid("Order", orderId))));
        return "returns/case-form";
    }

    @PostMapping("/admin/cases/new")
    String open(@RequestParam(required = false) String orderId, @RequestParam(defaultValue = "") String customerEmail,
                @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String message,
                Principal user, RedirectAttributes redirect) {
        OrderId order = orderId == null || orderId.isBlank() ? null : new OrderId(NotFound.uuid("Order", orderId));
        CaseView c = cases.open(new OpenCase(order, customerEmail, subject, message, false, user.getName()));
        Flash.success(redirect, "Case opened.");
        return "redirect:/admin/cases/" + c.id();
    }

    @PostMapping("/admin/cases/{id}/messages")
    String message(@PathVariable String id, @RequestParam(defaultValue = "") String text,
                   @RequestParam(defaultValue = "false") boolean internal, Principal user,
                   RedirectAttributes redirect) {
        CaseId caseId = parse(id);
        cases.addMessage(caseId, text, internal, false, user.getName());
        Flash.success(redirect, internal ? "Internal note added." : "Reply sent.");
        return "redirect:/admin/cases/" + caseId;
    }

    @PostMapping("/admin/cases/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(defaultValue = "") String assignee, Principal user,
                  RedirectAttributes redirect) {
        CaseView c = cases.assign(parse(id), assignee, user.getName());
        Flash.success(redirect, c.assignee() == null ? "Case unassigned." : "Assigned to " + c.assignee() + ".");
        return "redirect:/admin/cases/" + c.id();
    }

    @PostMapping("/admin/cases/{id}/status")
    String status(@PathVariable String id, @RequestParam(defaultValue = "") String status, Principal user,
                  RedirectAttributes redirect) {
        CaseView c = cases.changeStatus(parse(id), CaseApiController.status(status), user.getName());
        Flash.success(redirect, "Case " + c.status().name().toLowerCase().replace('_', ' ') + ".");
        return "redirect:/admin/cases/" + c.id();
    }

    private static CaseId parse(String id) {
        return new CaseId(NotFound.uuid("Case", id));
    }
}
