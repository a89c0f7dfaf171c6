package io.shipshape.integration;

import java.util.UUID;
import java.util.function.Function;

/**
 * Turns one kind of domain event into an outgoing event: it runs inside the transaction that published the event
 * (capture is the hot path), so it reads at most one row by primary key (the order's summary, {@link OrderFacts})
 * and nothing for {@code order.created}, which the order capture publishes in bulk. Answers
 * null when the event is not published outside (for example a status change no outgoing type describes).
 */
record EventMapper<E>(Class<E> source, Function<E, Outgoing> mapping) {

    /**
     * An outgoing event before it is stored: its type, the subject it is about (the order id, or a SKU, a
     * location or an endpoint when no order is concerned), the order id when there is one (the Kafka key and
     * the per-order ordering), and the {@code data} member of the payload (records, maps, strings, numbers).
     */
    record Outgoing(String type, String subject, UUID orderId, Object data) {
    }

    static <E> EventMapper<E> of(Class<E> source, Function<E, Outgoing> mapping) {
        return new EventMapper<>(source, mapping);
    }

    Outgoing map(Object event) {
        return mapping.apply(source.cast(event));
    }

    /** The mappers of one producing module: a bean per module, so a new module adds a file, not an edit. */
    interface Catalogue {
        java.util.List<EventMapper<?>> mappers();
    }
}
