package io.shipshape.web.admin;

import io.shipshape.shared.web.AdminController;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/settings}: the index of the settings pages the user may open. */
@AdminController
class SettingsController {

    @GetMapping("/admin/settings")
    String settings() {
        return "settings/index";
    }
}
