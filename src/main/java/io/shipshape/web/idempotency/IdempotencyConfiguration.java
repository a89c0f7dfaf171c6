package io.shipshape.web.idempotency;

import java.time.Clock;

import io.shipshape.shared.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers the idempotency filter behind Spring Security, and purges expired keys every hour. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
            PlatformTransactionManager transactionManager, IdempotencyProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, new TransactionTemplate(transactionManager), properties));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0); // after Spring Security (-100): the caller's API key is known
        return registration;
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store, IdempotencyProperties properties, Clock clock) {
        return new IdempotencyPurge(store, properties, clock);
    }

    static class IdempotencyPurge {
        private final IdempotencyStore store;
        private final IdempotencyProperties properties;
        private final Clock clock;

        IdempotencyPurge(IdempotencyStore store, IdempotencyProperties properties, Clock clock) {
            this.store = store;
            this.properties = properties;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
        void purge() {
            int purged = store.purgeOlderThan(Times.now(clock).minus(properties.retention()));
            if (purged > 0) {
                log.info("Purged {} expired idempotency keys", purged);
            }
        }
    }
}
