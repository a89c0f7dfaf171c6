package io.shipshape.integration;

import org.springframework.stereotype.Component;

/**
 * Lets whoever stored events wake the sequencer at once instead of waiting for its next poll, without depending
 * on the workers (which depend on the stores): {@link IntegrationWorkers} registers itself here when it starts.
 */
@Component
class Wakeup {

    private volatile Runnable sequencer = () -> { };

    void register(Runnable sequencer) {
        this.sequencer = sequencer;
    }

    void eventsStored() {
        sequencer.run();
    }
}
