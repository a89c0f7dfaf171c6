package io.shipshape.web.security;

import java.io.IOException;
import java.util.Map;

import io.shipshape.shared.ProblemType;
import io.shipshape.web.problems.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <api key>}. A valid key becomes the request's authentication; a
 * wrong or revoked key is refused with 401 at once; no header leaves the request anonymous, so the
 * authorization rules answer 401 where a key is needed.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    private final ApiKeyManagement apiKeys;

    ApiKeyAuthenticationFilter(ApiKeyManagement apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        var verified = secret.isEmpty() || secret.length() > 512 ? java.util.Optional.<ApiKeyManagement.Verified>empty()
                : apiKeys.verify(secret);
        if (verified.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(response, request, ProblemType.UNAUTHORIZED,
                    "The API key is missing, malformed, unknown or revoked", Map.of());
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(verified.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
