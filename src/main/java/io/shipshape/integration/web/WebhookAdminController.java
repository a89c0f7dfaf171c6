package io.shipshape.integration.web;

import java.util.List;
import java.util.UUID;

import io.shipshape.integration.CreateWebhook;
import io.shipshape.integration.EventTypes;
import io.shipshape.integration.IntegrationManagement;
import io.shipshape.integration.UpdateWebhook;
import io.shipshape.integration.WebhookSecret;
import io.shipshape.integration.WebhookView;
import io.shipshape.shared.NotFound;
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
 * {@code /admin/settings/webhooks}: register endpoints (the secret is shown once), change their event filter,
 * rotate the secret, disable or enable them, and read the delivery log with a manual retry per delivery.
 */
@AdminController
class WebhookAdminController {

    private static final String BASE = "/admin/settings/webhooks";

    private final IntegrationManagement integration;

    WebhookAdminController(IntegrationManagement integration) {
        this.integration = integration;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("webhooks", integration.list());
        model.addAttribute("eventTypes", EventTypes.ALL);
        return "integration/webhooks";
    }

    @PostMapping(BASE)
    String create(@RequestParam String url, @RequestParam(required = false) List<String> events,
                  @RequestParam(required = false) String description, RedirectAttributes redirect) {
        WebhookSecret created = integration.create(new CreateWebhook(url, events == null ? List.of() : events,
                description));
        showSecret(redirect, created, "Webhook created. Copy its signing secret now: it is shown only once.");
        return "redirect:" + BASE + "/" + created.webhook().id();
    }

    @GetMapping(BASE + "/{id}")
    String webhook(@PathVariable String id, @RequestParam(required = false) String status, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        UUID webhookId = parse(id);
        WebhookView webhook = integration.get(webhookId);
        String filter = status == null || status.isBlank() ? null : status;
        model.addAttribute("webhook", webhook);
        model.addAttribute("eventTypes", EventTypes.ALL);
        model.addAttribute("status", filter);
        model.addAttribute("deliveries", integration.deliveries(webhookId, null, filter, 100));
        return Htmx.pageOrFragment(request, response, "integration/webhook", "integration/webhook :: deliveries");
    }

    @PostMapping(BASE + "/{id}")
    String update(@PathVariable String id, @RequestParam String url, @RequestParam(required = false) List<String> events,
                  @RequestParam(required = false) String description, RedirectAttributes redirect) {
        UUID webhookId = parse(id);
        integration.update(webhookId, new UpdateWebhook(url, events == null ? List.of() : events,
                description == null ? "" : description, null));
        Flash.success(redirect, "Webhook saved.");
        return "redirect:" + BASE + "/" + webhookId;
    }

    @PostMapping(BASE + "/{id}/enabled")
    String enable(@PathVariable String id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        UUID webhookId = parse(id);
        integration.update(webhookId, new UpdateWebhook(null, null, null, enabled));
        Flash.success(redirect, enabled ? "Webhook enabled: pending deliveries resume." : "Webhook disabled.");
        return "redirect:" + BASE + "/" + webhookId;
    }

    @PostMapping(BASE + "/{id}/rotate")
    String rotate(@PathVariable String id, RedirectAttributes redirect) {
        WebhookSecret rotated = integration.rotateSecret(parse(id), null);
        showSecret(redirect, rotated, "Secret rotated. Until " + rotated.previousSecretExpiresAt()
                + " deliveries are signed with both the new and the old secret.");
        return "redirect:" + BASE + "/" + rotated.webhook().id();
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        integration.delete(parse(id));
        Flash.success(redirect, "Webhook deleted.");
        return "redirect:" + BASE;
    }

    @PostMapping(BASE + "/{id}/deliveries/{deliveryId}/retry")
    String retry(@PathVariable String id, @PathVariable String deliveryId, RedirectAttributes redirect) {
        UUID webhookId = parse(id);
        integration.retry(webhookId, NotFound.uuid("Delivery", deliveryId));
        Flash.success(redirect, "Delivery queued for another attempt.");
        return "redirect:" + BASE + "/" + webhookId;
    }

    private static void showSecret(RedirectAttributes redirect, WebhookSecret secret, String message) {
        // The secret travels once, as a flash attribute; the API never shows it again either.
        redirect.addFlashAttribute("newSecret", secret.secret());
        Flash.success(redirect, message);
    }

    private static UUID parse(String id) {
        return NotFound.uuid("Webhook", id);
    }
}
