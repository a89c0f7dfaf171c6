package io.shipshape.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry backoff: doubling from the first pause, capped. */
class NotificationsPropertiesTest {

    @Test
    void backoffDoublesUpToTheCap() {
        NotificationsProperties p = new NotificationsProperties(true, "a@b", "Shop", Duration.ofMinutes(1),
                Duration.ofMinutes(10), 8, Duration.ofSeconds(30));
        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.backoffAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.backoffAfter(30)).isEqualTo(Duration.ofMinutes(10));
    }
}
