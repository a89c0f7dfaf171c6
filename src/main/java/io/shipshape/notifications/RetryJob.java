package io.shipshape.notifications;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries failed customer emails whose backoff has passed. Safe on several servers: each row is taken by one. */
@Component
class RetryJob {

    private final Notifier notifier;

    RetryJob(Notifier notifier) {
        this.notifier = notifier;
    }

    @Scheduled(fixedDelayString = "${shipshape.notifications.retry-every:30s}",
            initialDelayString = "${shipshape.notifications.retry-every:30s}")
    void retry() {
        notifier.retryDue();
    }
}
