package io.shipshape.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.orders.CustomerMilestone.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer's timeline: an allow-list of entry types, status changes read for their target only, no repeats. */
class CustomerTimelineTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void showsMilestonesOnlyAndCollapsesWhatWasWrittenTogether() {
        List<TimelineEntry> entries = List.of(
                entry(0, "ORDER_PLACED", "Order SO-1 captured via WEB by api-key"),
                entry(0, "STOCK_RESERVED", "Reserved 2 x SKU at WH"),
                entry(1, "STATUS_CHANGED", "Status PENDING → ON_HOLD: big order"),
                entry(1, "HOLD", "Held by rule 'big' (review): total over 1000"),
                entry(2, "NOTE", "Customer is a VIP"),
                entry(3, "STATUS_CHANGED", "Status ON_HOLD → CONFIRMED: released"),
                entry(4, "STATUS_CHANGED", "Status CONFIRMED → ON_HOLD: address check"),
                entry(5, "STATUS_CHANGED", "Status ON_HOLD → CONFIRMED: released"),
                entry(6, "CANCELLED_LINE", "Cancelled 1 x A: out of stock"),
                entry(6, "CANCELLED_LINE", "Cancelled 1 x B: out of stock"),
                entry(7, "SHIPPED", "Shipped fulfillment 1 with DHL"),
                entry(8, "SHIPPED", "Shipped fulfillment 2 with UPS"),
                entry(9, "PAYMENT_REFUNDED", "Refund of 10.00 USD"),
                entry(10, "CANCELLED_LINE", "Cancelled 1 x C: customer"),
                entry(10, "STATUS_CHANGED", "Status SHIPPED → CANCELLED: customer"),
                entry(11, "EMAIL", "Shipped email sent to a@example.com"));

        assertThat(CustomerTimeline.of(entries)).extracting(CustomerMilestone::kind).containsExactly(
                Kind.PLACED, Kind.CONFIRMED, Kind.PARTIALLY_CANCELLED, Kind.SHIPPED, Kind.SHIPPED, Kind.REFUNDED,
                Kind.CANCELLED);
        assertThat(CustomerTimeline.of(entries).get(1).at()).isEqualTo(T0.plusSeconds(3));
    }

    private static TimelineEntry entry(int second, String type, String message) {
        return new TimelineEntry(UUID.randomUUID(), T0.plusSeconds(second), type, message, "staff");
    }
}
