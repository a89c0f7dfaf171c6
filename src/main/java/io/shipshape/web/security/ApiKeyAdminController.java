package io.shipshape.web.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/settings/api-keys}: create a key with scopes (its secret is shown once), list and revoke keys. */
@AdminController
class ApiKeyAdminController {

    private final ApiKeyManagement apiKeys;

    ApiKeyAdminController(ApiKeyManagement apiKeys) {
        this.apiKeys = apiKeys;
    }

    @GetMapping("/admin/settings/api-keys")
    String list(Model model) {
        model.addAttribute("keys", apiKeys.list());
        model.addAttribute("scopes", Scope.values());
        return "settings/api-keys";
    }

    @PostMapping("/admin/settings/api-keys")
    String create(@RequestParam String name, @RequestParam(required = false) List<Scope> scopes, Principal me,
                  RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100) {
            throw InvalidRequest.of("name", "must be 1 to 100 characters");
        }
        var created = apiKeys.create(name.trim(), scopes == null || scopes.isEmpty() ? EnumSet.noneOf(Scope.class)
                : EnumSet.copyOf(scopes), me.getName());
        // The secret travels once, as a flash attribute: it is not stored and cannot be shown again.
        redirect.addFlashAttribute("newSecret", created.secret());
        redirect.addFlashAttribute("newKeyName", created.key().name());
        Flash.success(redirect, "API key " + created.key().name() + " created. Copy its secret now: it is shown only once.");
        return "redirect:/admin/settings/api-keys";
    }

    @PostMapping("/admin/settings/api-keys/{id}/revoke")
    String revoke(@PathVariable String id, RedirectAttributes redirect) {
        UUID keyId = NotFound.uuid("API key", id);
        var key = apiKeys.revoke(keyId);
        Flash.success(redirect, "API key " + key.name() + " revoked.");
        return "redirect:/admin/settings/api-keys";
    }
}
