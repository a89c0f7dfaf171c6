package io.shipshape;

import java.util.concurrent.atomic.AtomicLong;

/** Unique names for test fixtures, so tests sharing a database never collide. */
public final class TestData {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private TestData() {
    }

    /** {@code prefix} plus a number unique in this JVM run and unlikely to repeat across runs. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(COUNTER.incrementAndGet(), 36).toUpperCase();
    }

    public static boolean onPostgres() {
        String url = System.getProperty("shipshape.test.datasource-url", "");
        return url.startsWith("jdbc:postgresql");
    }
}
