package io.shipshape.integration;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed events their feed position ({@code seq}), after commit and one server at a time (the
 * {@code sequencer} cursor row is the lock). Why not a database sequence at insert: two captures commit in any
 * order, so a reader could see seq 7 before seq 6 commits and skip 6 forever with its cursor. Numbering only rows
 * that are already committed, in insertion order, makes seq the order in which events became visible: a cursor
 * never skips one. Per-order order holds because a change to an order commits before the next change to that
 * order inserts its event (they lock the order row), so the earlier event is always numbered first.
 */
@Component
class Sequencer {

    static final String CURSOR = "sequencer";

    private final EventStore store;
    private final TransactionTemplate tx;
    private final IntegrationProperties properties;

    Sequencer(EventStore store, TransactionTemplate tx, IntegrationProperties properties) {
        this.store = store;
        this.tx = tx;
        this.properties = properties;
    }

    /** Numbers up to one batch of committed events; answers how many. */
    int run() {
        Integer numbered = tx.execute(status -> {
            Optional<Long> last = store.lockCursor(CURSOR);
            if (last.isEmpty()) {
                return 0; // another server is numbering right now
            }
            List<Long> positions = store.unsequenced(properties.batchSize());
            if (positions.isEmpty()) {
                return 0;
            }
            store.assignSeqs(positions, last.get() + 1);
            store.advanceCursor(CURSOR, last.get() + positions.size());
            return positions.size();
        });
        return numbered == null ? 0 : numbered;
    }
}
