package io.shipshape.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one rule for "page or fragment" (STYLE rule 12): htmx asks for the fragment, except when it restores
 * history, when it needs the whole page. The answer varies with the header, so caches must know it.
 */
public final class Htmx {

    private Htmx() {
    }

    /** {@code fragment} for an htmx request, else {@code page}; marks the response as varying by HX-Request. */
    public static String pageOrFragment(HttpServletRequest request, HttpServletResponse response, String page,
                                        String fragment) {
        response.addHeader("Vary", "HX-Request");
        boolean wantsFragment = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return wantsFragment ? fragment : page;
    }
}
