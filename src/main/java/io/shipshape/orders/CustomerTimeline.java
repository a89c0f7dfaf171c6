package io.shipshape.orders;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shipshape.orders.CustomerMilestone.Kind;

/**
 * Which timeline entries a customer may see, in one table. It is an allow-list on purpose: the timeline also holds
 * notes, holds, rule names, payment details and staff names, so a type that is not listed here stays internal, and
 * only the kind of an entry and its time leave this class, never its message or actor. Status changes are read
 * for their target status only (confirmed, cancelled); the other milestones are the facts fulfillment and payments
 * record (shipped, delivered, ready for pickup, handed over, refunded).
 */
final class CustomerTimeline {

    private static final Map<String, Kind> VISIBLE = Map.of(
            "ORDER_PLACED", Kind.PLACED,
            "SHIPPED", Kind.SHIPPED,
            "DELIVERED", Kind.DELIVERED,
            "READY_FOR_PICKUP", Kind.READY_FOR_PICKUP,
            "HANDED_OVER", Kind.PICKED_UP,
            "CANCELLED_LINE", Kind.PARTIALLY_CANCELLED,
            "PAYMENT_REFUNDED", Kind.REFUNDED);

    /** {@code STATUS_CHANGED} entries as {@code OrderState} writes them: "Status FROM → TO[: reason]". */
    private static final Pattern STATUS_CHANGE = Pattern.compile("^Status [A-Z_]+ → ([A-Z_]+)");
    private static final Map<String, Kind> VISIBLE_STATUSES = Map.of(
            OrderStatus.CONFIRMED.name(), Kind.CONFIRMED,
            OrderStatus.CANCELLED.name(), Kind.CANCELLED);

    /** Milestones a customer sees once however often they recur (confirmed again after a hold, say). */
    private static final Set<Kind> ONCE = EnumSet.of(Kind.PLACED, Kind.CONFIRMED, Kind.CANCELLED);

    private CustomerTimeline() {
    }

    /**
     * The customer's milestones among these entries (oldest first, as given). Entries written together (one per
     * line of a cancellation) are one milestone, and the lines of a whole cancellation are not also "some items".
     */
    static List<CustomerMilestone> of(List<TimelineEntry> entries) {
        List<CustomerMilestone> all = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Kind kind = kindOf(e);
            if (kind != null) {
                all.add(new CustomerMilestone(e.at(), kind));
            }
        }
        List<CustomerMilestone> shown = new ArrayList<>();
        for (CustomerMilestone m : all) {
            boolean repeated = shown.stream().anyMatch(s -> s.kind() == m.kind()
                    && (ONCE.contains(m.kind()) || s.at().equals(m.at())));
            boolean partOfWhole = m.kind() == Kind.PARTIALLY_CANCELLED && all.stream()
                    .anyMatch(o -> o.kind() == Kind.CANCELLED && o.at().equals(m.at()));
            if (!repeated && !partOfWhole) {
                shown.add(m);
            }
        }
        return shown;
    }

    private static Kind kindOf(TimelineEntry e) {
        if ("STATUS_CHANGED".equals(e.type()) && e.message() != null) {
            Matcher m = STATUS_CHANGE.matcher(e.message());
            return m.find() ? VISIBLE_STATUSES.get(m.group(1)) : null;
        }
        return VISIBLE.get(e.type());
    }
}
