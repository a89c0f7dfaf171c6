package io.shipshape.web.problems;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.shipshape.shared.NotFound;
import io.shipshape.shared.ProblemType;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The pages that problem {@code type} URIs point to: one per {@link ProblemType}, as HTML or JSON. */
@RestController
@Hidden
class ProblemPageController {

    @GetMapping(value = "/problems", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> index() {
        return Arrays.stream(ProblemType.values()).map(ProblemPageController::describe).toList();
    }

    @GetMapping(value = "/problems", produces = MediaType.TEXT_HTML_VALUE)
    String indexPage() {
        StringBuilder items = new StringBuilder();
        for (ProblemType t : ProblemType.values()) {
            items.append("<li><a href=\"").append(t.uri()).append("\">").append(t.slug()).append("</a> — ")
                    .append(t.status()).append(' ').append(HtmlUtils.htmlEscape(t.title())).append("</li>\n");
        }
        return page("Shipshape API problems", "<p>Every error of the Shipshape API is an RFC 9457 problem whose "
                + "<code>type</code> is one of these.</p><ul>" + items + "</ul>");
    }

    @GetMapping(value = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> problem(@PathVariable String slug) {
        return describe(find(slug));
    }

    @GetMapping(value = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
    String problemPage(@PathVariable String slug) {
        ProblemType t = find(slug);
        return page(t.title(), "<p><code>type: " + t.uri() + "</code> &middot; HTTP " + t.status() + "</p><p>"
                + HtmlUtils.htmlEscape(t.description()).replaceAll("`([^`]*)`", "<code>$1</code>")
                + "</p><p><a href=\"/problems\">All problems</a></p>");
    }

    private static ProblemType find(String slug) {
        return ProblemType.bySlug(slug).orElseThrow(() -> new NotFound("Problem type", slug));
    }

    private static Map<String, Object> describe(ProblemType t) {
        return Map.of("type", t.uri().toString(), "title", t.title(), "status", t.status(),
                "description", t.description());
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title><style>body{font-family:system-ui,sans-serif;max-width:46rem;"
                + "margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f2f2f2;padding:0 .2rem}</style>"
                + "</head><body><h1>" + HtmlUtils.htmlEscape(title) + "</h1>" + body + "</body></html>";
    }
}
