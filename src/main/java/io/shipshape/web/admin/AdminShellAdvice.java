package io.shipshape.web.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.shipshape.shared.web.AdminController;
import io.shipshape.shared.web.Capability;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every back-office page's shell needs: the signed-in user, what they may do ({@code can}), and the
 * navigation with the current section marked.
 */
@ControllerAdvice(annotations = AdminController.class)
class AdminShellAdvice {

    /** One entry of the navigation: a module of the back office. */
    record NavItem(String label, String href, boolean active) {
    }

    private static final List<String[]> SECTIONS = List.of(
            new String[] {"Dashboard", "/admin"},
            new String[] {"Orders", "/admin/orders"},
            new String[] {"Review", "/admin/orders/review"},
            new String[] {"Inventory", "/admin/inventory"},
            new String[] {"Fulfillment", "/admin/fulfillment"},
            new String[] {"Returns", "/admin/returns"},
            new String[] {"Cases", "/admin/cases"},
            new String[] {"Customers", "/admin/customers"},
            new String[] {"Catalog", "/admin/catalog"},
            new String[] {"Reports", "/admin/reports"},
            new String[] {"Settings", "/admin/settings"});

    @ModelAttribute("currentUser")
    String currentUser(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("currentRoles")
    String currentRoles(Authentication authentication) {
        return authentication == null ? "" : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .sorted().collect(Collectors.joining(", "));
    }

    @ModelAttribute("can")
    Set<String> can(Authentication authentication) {
        if (authentication == null) {
            return Set.of();
        }
        return Capability.of(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())
                .stream().map(Enum::name).collect(Collectors.toSet());
    }

    private final RequestMappingHandlerMapping mappings;
    private volatile Set<String> available;

    AdminShellAdvice(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Sections whose page exists: a module that has no screen yet is not offered in the navigation. */
    private Set<String> available() {
        if (available == null) {
            available = mappings.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getPathPatternsCondition() != null)
                    .flatMap(info -> info.getPathPatternsCondition().getPatternValues().stream())
                    .collect(Collectors.toSet());
        }
        return available;
    }

    @ModelAttribute("nav")
    List<NavItem> nav(HttpServletRequest request) {
        String path = request.getRequestURI();
        Set<String> pages = available();
        return SECTIONS.stream().filter(s -> pages.contains(s[1])).map(s -> new NavItem(s[0], s[1], s[1].equals("/admin")
                ? path.equals("/admin") || path.equals("/admin/") : path.startsWith(s[1]) && !(s[1].equals("/admin/orders") && path.startsWith("/admin/orders/review"))))
                .toList();
    }
}
