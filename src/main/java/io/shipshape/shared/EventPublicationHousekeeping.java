package io.shipshape.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry healthy while the server runs, not only at restart: publications
 * whose listener failed (or whose server died) are resubmitted once they are {@code shipshape.events.resubmit-after}
 * old, so every event is eventually handled; completed ones are deleted after {@code shipshape.events.keep-completed}.
 * Listeners must therefore be idempotent, which they are asked to be anyway (a crash can repeat one).
 */
@Component
public class EventPublicationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration resubmitAfter;
    private final Duration keepCompleted;

    EventPublicationHousekeeping(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                                 @Value("${shipshape.events.resubmit-after:2m}") Duration resubmitAfter,
                                 @Value("${shipshape.events.keep-completed:7d}") Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.resubmitAfter = resubmitAfter;
        this.keepCompleted = keepCompleted;
    }

    /** Hands incomplete publications older than the threshold to their listeners again. */
    @Scheduled(fixedDelayString = "${shipshape.events.resubmit-every:1m}", initialDelayString = "1m")
    public void resubmitIncomplete() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }

    @Scheduled(fixedDelayString = "1h", initialDelayString = "10m")
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.debug("Deleted completed event publications older than {}", keepCompleted);
    }
}
