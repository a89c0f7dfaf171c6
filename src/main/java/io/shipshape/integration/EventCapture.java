package io.shipshape.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.integration.EventMapper.Outgoing;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.Times;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the outgoing event of every mapped domain event IN the transaction that publishes it: a synchronous
 * {@code @EventListener} (not an after-commit one), so an event exists exactly when its change committed — none
 * lost, none for a rolled-back change. This runs on the capture hot path, so it reads little: the payload comes
 * from the event record plus at most one primary-key read of the order (none for order.created), and all events of
 * one transaction are written in one batched insert just before commit (a {@link TransactionSynchronization} bound
 * to the transaction). After the commit it wakes the sequencer.
 */
@Component
class EventCapture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Class<?>, EventMapper<?>> mappers = new HashMap<>();
    private final EventStore store;
    private final IdGenerator ids;
    private final Clock clock;
    private final Wakeup wakeup;

    EventCapture(List<EventMapper.Catalogue> catalogues, EventStore store, IdGenerator ids, Clock clock,
                 Wakeup wakeup) {
        catalogues.forEach(c -> c.mappers().forEach(m -> mappers.put(m.source(), m)));
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.wakeup = wakeup;
    }

    /** Every published object; one map look-up decides whether it goes out. */
    @EventListener
    void on(Object event) {
        EventMapper<?> mapper = mappers.get(event.getClass());
        if (mapper == null) {
            return;
        }
        Outgoing outgoing = mapper.map(event);
        if (outgoing != null) {
            record(outgoing);
        }
    }

    /** Stores an outgoing event with the current transaction (or at once when there is none). */
    void record(Outgoing outgoing) {
        StoredEvent event = new StoredEvent(ids.next(), null, outgoing.type(), outgoing.subject(), outgoing.orderId(),
                Times.now(clock), JSON.writeValueAsString(outgoing.data()));
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            store.insert(List.of(event));
            wakeup.eventsStored();
            return;
        }
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(Batch.class);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(Batch.class, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.add(event);
    }

    /** The events of one transaction, written just before it commits. */
    private final class Batch implements TransactionSynchronization {

        private final List<StoredEvent> events = new ArrayList<>(2);
        private boolean flushed;

        void add(StoredEvent event) {
            if (flushed) {
                // Published by another synchronization's beforeCommit, after ours ran: still inside the transaction.
                store.insert(List.of(event));
            } else {
                events.add(event);
            }
        }

        // A REQUIRES_NEW transaction inside this one gets its own batch.
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(Batch.class);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(Batch.class, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            if (!events.isEmpty()) {
                store.insert(events);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Batch.class);
            if (status == STATUS_COMMITTED) {
                wakeup.eventsStored();
            }
        }
    }
}
