package io.shipshape.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page ({@code /login}, form fields {@code username}, {@code password}, {@code _csrf}). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
