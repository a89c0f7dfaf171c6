package io.shipshape.integration;

import java.util.List;

/**
 * The outgoing event types (api-v1.md), the names webhook filters, the feed's {@code types=} and Kafka's CloudEvents
 * {@code type} use. A type is listed here once a module can emit it or is about to; payload version
 * {@value #VERSION} of each is documented in README.md ("Events, webhooks and Kafka").
 */
public final class EventTypes {

    /** The payload version of every type; a change that removes or renames a data field bumps it. */
    public static final int VERSION = 1;

    public static final List<String> ALL = List.of(
            "order.created", "order.confirmed", "order.on_hold", "order.cancelled", "order.fulfilled",
            "order.delivered", "payment.authorized", "payment.captured", "payment.failed", "refund.created",
            "fulfillment.created", "fulfillment.shipped", "fulfillment.delivered", "inventory.low_stock",
            "inventory.out_of_stock", "return.requested", "return.received", "webhook.disabled");

    private EventTypes() {
    }

    public static boolean known(String type) {
        return ALL.contains(type);
    }
}
