package io.shipshape.notifications.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import io.shipshape.notifications.NotificationManagement;
import io.shipshape.notifications.TrackingView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /track/{token}}: the public tracking page linked from every email. No sign-in; not cached, not
 * indexed, and no Referer leaves it (the token is in its address). An unknown token gets a 404 page that says
 * nothing about orders that exist.
 */
@Controller
class TrackingPageController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final NotificationManagement notifications;

    TrackingPageController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping(value = "/track/{token}", produces = "text/html")
    String track(@PathVariable String token, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("shop", notifications.shopName());
        Optional<TrackingView> view = notifications.track(token);
        if (view.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "notifications/track-not-found";
        }
        model.addAttribute("t", view.get());
        model.addAttribute("token", token); // for the returns module's "Return items" / "Contact us" links
        model.addAttribute("when", WHEN);
        model.addAttribute("day", DAY);
        model.addAttribute("progress", Progress.of(view.get()));
        return "notifications/track";
    }
}
