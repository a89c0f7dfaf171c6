package io.shipshape.notifications.web;

import java.security.Principal;

import io.shipshape.notifications.NotificationManagement;
import io.shipshape.notifications.NotificationType;
import io.shipshape.notifications.Preview;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/settings/notifications}: switch each customer email on or off, preview it (with a sample order or
 * a real one by number, HTML and text), and see the latest sends with their outcome. Needs SETTINGS_MANAGE (the
 * security rules of this path).
 */
@AdminController
class NotificationAdminController {

    private static final String PAGE = "redirect:/admin/settings/notifications";

    private final NotificationManagement notifications;

    NotificationAdminController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/settings/notifications")
    String page(Model model) {
        model.addAttribute("settings", notifications.settings());
        model.addAttribute("sends", notifications.recentSends(25));
        model.addAttribute("mailServer", notifications.hasMailServer());
        model.addAttribute("outbox", notifications.outboxFolder());
        model.addAttribute("when", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC));
        return "notifications/settings";
    }

    @PostMapping("/admin/settings/notifications/{type}/enabled")
    String enable(@PathVariable String type, @RequestParam boolean enabled, Principal user,
                  RedirectAttributes redirect) {
        NotificationType t = type(type);
        notifications.setEnabled(t, enabled, user.getName());
        Flash.success(redirect, t.label() + " emails " + (enabled ? "switched on." : "switched off."));
        return PAGE;
    }

    /** The email as it would be sent: for the order with this number, or for a sample order when it is blank. */
    @GetMapping("/admin/settings/notifications/{type}/preview")
    String preview(@PathVariable String type, @RequestParam(required = false) String order, Model model) {
        Preview preview = notifications.preview(type(type), order);
        model.addAttribute("preview", preview);
        model.addAttribute("order", order == null ? "" : order.strip());
        model.addAttribute("types", NotificationType.values());
        return "notifications/preview";
    }

    private static NotificationType type(String value) {
        NotificationType type = NotificationType.parse(value);
        if (type == null) {
            throw new NotFound("Email type", value);
        }
        return type;
    }
}
