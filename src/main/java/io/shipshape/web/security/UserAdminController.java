package io.shipshape.web.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/settings/users}: ADMINs create staff users, enable or disable them, set roles, reset passwords. */
@AdminController
class UserAdminController {

    private final StaffUserManagement users;

    UserAdminController(StaffUserManagement users) {
        this.users = users;
    }

    @GetMapping("/admin/settings/users")
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        return "settings/users";
    }

    @PostMapping("/admin/settings/users")
    String create(@RequestParam String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam String password, @RequestParam(required = false) List<Role> roles,
                  RedirectAttributes redirect) {
        users.create(username, displayName.isBlank() ? username : displayName, password, roles(roles));
        Flash.success(redirect, "User " + username.trim().toLowerCase() + " created.");
        return "redirect:/admin/settings/users";
    }

    @GetMapping("/admin/settings/users/{username}")
    String edit(@PathVariable String username, Model model) {
        model.addAttribute("user", users.get(username));
        model.addAttribute("roles", Role.values());
        return "settings/user";
    }

    @PostMapping("/admin/settings/users/{username}")
    String update(@PathVariable String username, @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam(required = false) List<Role> roles, Principal me, RedirectAttributes redirect) {
        users.update(username, enabled, roles(roles), me.getName());
        Flash.success(redirect, "User " + username + " saved.");
        return "redirect:/admin/settings/users/" + username;
    }

    @PostMapping("/admin/settings/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, RedirectAttributes redirect) {
        users.resetPassword(username, password);
        Flash.success(redirect, "Password of " + username + " reset.");
        return "redirect:/admin/settings/users/" + username;
    }

    private static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
