package io.shipshape.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes UUIDv7 identifiers (RFC 9562): 48 bits of Unix milliseconds, then random bits, so ids sort by
 * creation time and index well. Within one millisecond a counter in the random part keeps ids of this
 * process strictly increasing.
 */
public final class IdGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong LAST = new AtomicLong();

    private final Clock clock;

    public IdGenerator(Clock clock) {
        this.clock = clock;
    }

    public UUID next() {
        return uuidV7(clock.millis());
    }

    /** A UUIDv7 for the given time; monotonic within this process for the same or an older time. */
    public static UUID uuidV7(long epochMillis) {
        // state = millis << 12 | 12-bit sequence; strictly increasing across calls
        long candidate = epochMillis << 12;
        long state = LAST.updateAndGet(prev -> Math.max(prev + 1, candidate));
        long millis = state >>> 12;
        long seq = state & 0xFFF;
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
