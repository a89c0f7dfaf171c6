package io.shipshape.shared.web;

import java.util.List;
import java.util.Map;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.InvalidRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages a back-office page shows after a redirect: a success line, or a problem shown readably (the same
 * type, title, detail and field errors the API would answer with).
 */
public final class Flash {

    /** A problem as the back office shows it. {@code items} are extra lines such as field errors or shortages. */
    public record Problem(String type, String title, String detail, List<String> items) {
    }

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
    }

    public static void problem(RedirectAttributes redirect, DomainException e) {
        redirect.addFlashAttribute("flashProblem", of(e));
    }

    public static Problem of(DomainException e) {
        List<String> items = new java.util.ArrayList<>();
        if (e instanceof InvalidRequest invalid) {
            invalid.errors().forEach(err -> items.add(err.field() + ": " + err.message()));
        }
        e.properties().forEach((name, value) -> {
            if (!"errors".equals(name)) {
                items.add(name + ": " + describe(value));
            }
        });
        return new Problem(e.type().uri().toString(), e.type().title(), e.getMessage(), items);
    }

    private static String describe(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Flash::describe).toList().toString();
        }
        if (value instanceof Record r) {
            return r.toString().replaceFirst("^[A-Za-z]+\\[", "").replaceFirst("]$", "");
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        return String.valueOf(value);
    }
}
