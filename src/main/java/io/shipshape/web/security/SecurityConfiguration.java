package io.shipshape.web.security;

import java.util.Map;

import io.shipshape.shared.ProblemType;
import io.shipshape.shared.web.Capability;
import io.shipshape.web.problems.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Who may call what. The API ({@code /api/**}) and Actuator are stateless and take API keys; the rules
 * below map each resource to the scope it needs ({@code :read} for GET, {@code :write} for changes) and
 * refuse everything not listed unless the key is {@code admin}. Errors are problem details: 401 without a
 * valid key, 403 without the scope.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final LoginUrlAuthenticationEntryPoint LOGIN = new LoginUrlAuthenticationEntryPoint("/login");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyManagement apiKeys) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(Customizer.withDefaults())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            Problems.write(response, request, ProblemType.UNAUTHORIZED,
                                    "Send an API key: Authorization: Bearer <api key>", Map.of());
                        })
                        .accessDeniedHandler((request, response, ex) -> Problems.write(response, request,
                                ProblemType.FORBIDDEN, "This API key lacks the scope for " + request.getMethod()
                                        + " " + request.getRequestURI(), Map.of())))
                .authorizeHttpRequests(this::apiRules);
        return http.build();
    }

    private void apiRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/api/v1/track/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasAuthority(Scope.METRICS_READ.authority())
                .requestMatchers("/api/v1/api-keys", "/api/v1/api-keys/**").hasAuthority(Scope.ADMIN.authority());
        a.requestMatchers(HttpMethod.GET, "/api/v1/reports/**").hasAuthority(Scope.REPORTS_READ.authority());
        readWrite(a, Scope.ORDERS_READ, Scope.ORDERS_WRITE, "/api/v1/orders", "/api/v1/orders/**",
                "/api/v1/hold-rules", "/api/v1/hold-rules/**");
        readWrite(a, Scope.FULFILLMENT_READ, Scope.FULFILLMENT_WRITE, "/api/v1/fulfillments", "/api/v1/fulfillments/**",
                "/api/v1/pick-lists", "/api/v1/pick-lists/**", "/api/v1/carriers", "/api/v1/carriers/**");
        readWrite(a, Scope.RETURNS_READ, Scope.RETURNS_WRITE, "/api/v1/returns", "/api/v1/returns/**",
                "/api/v1/cases", "/api/v1/cases/**");
        readWrite(a, Scope.WEBHOOKS_READ, Scope.WEBHOOKS_WRITE, "/api/v1/webhooks", "/api/v1/webhooks/**");
        a.requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/**").hasAuthority(Scope.EVENTS_READ.authority());
        readWrite(a, Scope.CUSTOMERS_READ, Scope.CUSTOMERS_WRITE, "/api/v1/customers", "/api/v1/customers/**");
        readWrite(a, Scope.CATALOG_READ, Scope.CATALOG_WRITE, "/api/v1/products", "/api/v1/products/**");
        readWrite(a, Scope.INVENTORY_READ, Scope.INVENTORY_WRITE, "/api/v1/inventory", "/api/v1/inventory/**",
                "/api/v1/locations", "/api/v1/locations/**", "/api/v1/sourcing-rules", "/api/v1/sourcing-rules/**");
        a.anyRequest().hasAuthority(Scope.ADMIN.authority());
    }

    private static void readWrite(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
                                  Scope read, Scope write, String... paths) {
        a.requestMatchers(HttpMethod.GET, paths).hasAuthority(read.authority())
                .requestMatchers(HttpMethod.HEAD, paths).hasAuthority(read.authority())
                .requestMatchers(paths).hasAuthority(write.authority());
    }

    /**
     * Everything outside the API: public pages and documentation, and the back office under {@code /admin}
     * with form sign-in for staff. Each section's changes (any non-GET, and its {@code new} / {@code edit}
     * forms) need the section's {@link Capability}; reading needs {@link Capability#VIEW}. The templates hide
     * what a role lacks from the same table.
     */
    @Bean
    @Order(2)
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/", "/problems", "/problems/**", "/track/**", "/error", "/favicon.ico",
                            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                            "/webjars/**", "/admin/assets/**", "/login").permitAll();
                    a.requestMatchers("/admin/settings/users", "/admin/settings/users/**")
                            .hasAnyRole(Capability.USERS_MANAGE.roles());
                    a.requestMatchers("/admin/settings/api-keys", "/admin/settings/api-keys/**")
                            .hasAnyRole(Capability.API_KEYS_MANAGE.roles());
                    a.requestMatchers("/admin/settings/hold-rules", "/admin/settings/hold-rules/**",
                                    "/admin/settings/webhooks", "/admin/settings/webhooks/**",
                                    "/admin/settings/carriers", "/admin/settings/carriers/**",
                                    "/admin/settings/notifications", "/admin/settings/notifications/**")
                            .hasAnyRole(Capability.SETTINGS_MANAGE.roles());
                    // Money leaves the business here: refunds and recorded or captured payments.
                    a.requestMatchers(HttpMethod.POST, "/admin/orders/*/refunds", "/admin/orders/*/refunds/**",
                                    "/admin/orders/*/payments", "/admin/orders/*/payments/**")
                            .hasAnyRole(Capability.PAYMENTS_WRITE.roles());
                    section(a, "orders", Capability.ORDERS_WRITE);
                    section(a, "fulfillment", Capability.FULFILLMENT_WRITE);
                    section(a, "returns", Capability.RETURNS_WRITE);
                    section(a, "cases", Capability.CASES_WRITE);
                    section(a, "catalog", Capability.CATALOG_WRITE);
                    section(a, "inventory", Capability.INVENTORY_WRITE);
                    section(a, "customers", Capability.CUSTOMERS_WRITE);
                    a.requestMatchers(HttpMethod.GET, "/admin", "/admin/**").hasAnyRole(Capability.VIEW.roles());
                    a.anyRequest().hasAnyRole(Capability.USERS_MANAGE.roles());
                })
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    if (request.getHeader("HX-Request") != null) {
                        // An htmx request after the session expired: send the whole page to the login form
                        // instead of swapping the login page into a fragment.
                        response.setHeader("HX-Redirect", "/login");
                        response.setStatus(401);
                    } else {
                        LOGIN.commence(request, response, ex);
                    }
                }))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    private static void section(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a,
                                String section, Capability write) {
        String base = "/admin/" + section;
        a.requestMatchers(HttpMethod.GET, base + "/new", base + "/new/**", base + "/*/edit", base + "/*/*/edit",
                        base + "/*/new")
                .hasAnyRole(write.roles())
                .requestMatchers(HttpMethod.GET, base, base + "/**").hasAnyRole(Capability.VIEW.roles())
                .requestMatchers(base, base + "/**").hasAnyRole(write.roles());
    }
}
