package io.shipshape.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursors. A cursor encodes the sort key of the last item of a page; clients pass it back
 * unchanged. Anything that does not decode is a 400 {@code invalid-parameter}, never a 5xx.
 */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A cursor for lists sorted by (time, id) descending. */
    public static String ofTimeAndId(Instant time, UUID id) {
        return encode(time.toEpochMilli() + "_" + time.getNano() + "_" + id);
    }

    public record TimeAndId(Instant time, UUID id) {
    }

    public static TimeAndId timeAndId(String cursor) {
        String[] parts = decode(cursor).split("_");
        if (parts.length != 3) {
            throw invalid();
        }
        try {
            long millis = Long.parseLong(parts[0]);
            int nanos = Integer.parseInt(parts[1]);
            Instant time = Instant.ofEpochSecond(Math.floorDiv(millis, 1000), nanos);
            return new TimeAndId(time, UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return new DomainException(ProblemType.INVALID_PARAMETER, "cursor is not valid").with("parameter", "cursor");
    }
}
