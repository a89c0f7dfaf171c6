package io.shipshape.web.admin;

import java.net.URI;
import java.util.UUID;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Problems raised by back-office controllers, shown to people: a refused form (POST) goes back to the page it
 * came from with the problem as a flash message; a page that cannot be shown (GET) renders the error page with
 * the same problem the API would give.
 */
@ControllerAdvice(annotations = AdminController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(AdminProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect, Model model) {
        if (!"GET".equals(request.getMethod())) {
            Flash.problem(redirect, e);
            return "redirect:" + back(request);
        }
        response.setStatus(e.type().status());
        model.addAttribute("problem", Flash.of(e));
        return "error";
    }

    @ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
    String badParameter(Exception e, HttpServletRequest request, HttpServletResponse response,
                        RedirectAttributes redirect, Model model) {
        return domain(new DomainException(ProblemType.INVALID_PARAMETER, "A parameter has an invalid value"),
                request, response, redirect, model);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String id = UUID.randomUUID().toString();
        log.error("Unhandled back-office error {} on {}", id, request.getRequestURI(), e);
        response.setStatus(500);
        model.addAttribute("problem", new Flash.Problem(ProblemType.INTERNAL_ERROR.uri().toString(),
                ProblemType.INTERNAL_ERROR.title(), "Internal error " + id, java.util.List.of()));
        return "error";
    }

    /** The page to go back to: the Referer when it is one of ours, else the dashboard. */
    static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                if (uri.getPath() != null && uri.getPath().startsWith("/admin")
                        && (uri.getHost() == null || uri.getHost().equals(request.getServerName()))) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException ignored) {
                // not a URI we can go back to
            }
        }
        return "/admin";
    }
}
