package io.shipshape.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start of a new installation: creates the first admin API key from {@code SHIPSHAPE_BOOTSTRAP_API_KEY}
 * and the user {@code admin} with {@code SHIPSHAPE_BOOTSTRAP_ADMIN_PASSWORD}; when they are not set, generates
 * both and prints them once in the log. Later starts find them and do nothing.
 */
@Component
@Order(0)
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final ApiKeyManagement apiKeys;
    private final StaffUserManagement users;
    private final String bootstrapKey;
    private final String bootstrapPassword;

    Bootstrap(ApiKeyManagement apiKeys, StaffUserManagement users,
              @Value("${SHIPSHAPE_BOOTSTRAP_API_KEY:}") String bootstrapKey,
              @Value("${SHIPSHAPE_BOOTSTRAP_ADMIN_PASSWORD:}") String bootstrapPassword) {
        this.apiKeys = apiKeys;
        this.users = users;
        this.bootstrapKey = bootstrapKey;
        this.bootstrapPassword = bootstrapPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!apiKeys.anyExists()) {
            if (bootstrapKey.isBlank()) {
                var created = apiKeys.create("bootstrap-admin", Set.of(Scope.ADMIN), "bootstrap");
                log.warn("\n\n  Generated the first admin API key (shown only this once; store it now):\n\n    {}\n",
                        created.secret());
            } else {
                apiKeys.createWithSecret("bootstrap-admin", Set.of(Scope.ADMIN), "bootstrap", bootstrapKey);
                log.info("Created the first admin API key from SHIPSHAPE_BOOTSTRAP_API_KEY");
            }
        }
        if (!users.anyExists()) {
            if (bootstrapPassword.isBlank()) {
                byte[] bytes = new byte[12];
                new SecureRandom().nextBytes(bytes);
                String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                users.create("admin", "Administrator", password, EnumSet.of(Role.ADMIN));
                log.warn("\n\n  Generated the password of user 'admin' (shown only this once):\n\n    {}\n", password);
            } else {
                users.create("admin", "Administrator", bootstrapPassword, EnumSet.of(Role.ADMIN));
                log.info("Created user 'admin' with SHIPSHAPE_BOOTSTRAP_ADMIN_PASSWORD");
            }
        }
    }
}
