package io.shipshape;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every domain event (a record) the application published, whichever thread published it. Spring's
 * {@code @RecordApplicationEvents} sees only the test's own thread (and threads it started), but grouped capture
 * publishes from its committer thread, so tests of events caused by captures read them here.
 */
@Component
public class RecordedEvents {

    private final Queue<Object> events = new ConcurrentLinkedQueue<>();

    @EventListener
    void on(Object event) {
        if (event instanceof Record) {
            events.add(event);
        }
    }

    public <T> Stream<T> stream(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast);
    }
}
