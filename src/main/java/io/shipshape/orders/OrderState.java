package io.shipshape.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.shipshape.customers.CustomerId;
import io.shipshape.orders.OrderEvents.OrderStatusChanged;
import io.shipshape.shared.Money;

/**
 * An order as its lifecycle sees it, read under a row lock ({@link OrderStatusRepository#lock}): status, pipeline
 * stage, holds and the facts verification and hold rules look at. Its verbs check {@link OrderStatus}'s table and
 * collect what to write (history rows, timeline entries, holds) and publish; the repository saves it in the same
 * transaction, so status, stage and their records always change together.
 */
final class OrderState {

    /** One row of {@code order_status_history}. */
    record Transition(UUID id, OrderStatus from, OrderStatus to, Instant at, String actor, String reason) {
    }

    /** Why an order is on hold: a reason code and the rule that put it there (null for staff and checks). */
    record Hold(String reason, String rule) {
    }

    /** What verification and hold rules look at (captured facts; never changed by the lifecycle). */
    record Facts(Channel channel, CustomerId customerId, String email, Money total, String shippingMethod,
                 String locationCode, String shipLine1, String shipCity, String shipPostalCode, String shipCountry,
                 String billCountry, Instant createdAt) {
    }

    private final OrderId id;
    private final String number;
    private final Facts facts;
    private final Instant now;
    private final Supplier<UUID> ids;
    private OrderStatus status;
    private ProcessingStage stage;
    private PaymentStatus paymentStatus;
    private FulfillmentStatus fulfillmentStatus;
    private int priority;
    private final List<String> tags;
    private final List<Transition> transitions = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final List<Hold> newHolds = new ArrayList<>();
    private boolean holdsCleared;
    private boolean changed;

    OrderState(OrderId id, String number, OrderStatus status, ProcessingStage stage, PaymentStatus paymentStatus,
               FulfillmentStatus fulfillmentStatus, int priority, List<String> tags, Facts facts, Instant now,
               Supplier<UUID> ids) {
        this.id = id;
        this.number = number;
        this.status = status;
        this.stage = stage;
        this.paymentStatus = paymentStatus;
        this.fulfillmentStatus = fulfillmentStatus;
        this.priority = priority;
        this.tags = new ArrayList<>(tags);
        this.facts = facts;
        this.now = now;
        this.ids = ids;
    }

    /** Moves to {@code to} if the table allows it (else {@link InvalidTransition}), with a history row and event. */
    void moveTo(OrderStatus to, String actor, String reason) {
        if (!status.canMoveTo(to)) {
            throw new InvalidTransition(number, status, "move to " + to);
        }
        String who = actor == null ? "system" : actor;
        transitions.add(new Transition(ids.get(), status, to, now, who, reason));
        note("STATUS_CHANGED", "Status " + status + " → " + to + (reason == null ? "" : ": " + reason), who);
        events.add(new OrderStatusChanged(id, number, status, to, who, reason));
        status = to;
        changed = true;
    }

    /** Puts the order on hold for these reasons; an order already on hold gains the reasons. */
    void hold(List<Hold> holds, String actor, String explanation) {
        if (status != OrderStatus.ON_HOLD) {
            moveTo(OrderStatus.ON_HOLD, actor, String.join(", ", holds.stream().map(Hold::reason).toList()));
        }
        newHolds.addAll(holds);
        if (explanation != null) {
            note("HOLD", explanation, actor);
        }
        changed = true;
    }

    /** Takes the order off hold: it returns where the pipeline left it (pending, or in fulfillment). */
    void release(String actor) {
        if (status != OrderStatus.ON_HOLD) {
            throw new InvalidTransition(number, status, "release (not on hold)");
        }
        moveTo(stage == ProcessingStage.RELEASED ? OrderStatus.IN_FULFILLMENT : OrderStatus.PENDING, actor,
                "released");
        holdsCleared = true;
    }

    /** Cancels the whole order: its holds go (a cancelled order is not waiting for anyone). */
    void cancel(String actor, String reason) {
        moveTo(OrderStatus.CANCELLED, actor, reason);
        holdsCleared = true;
    }

    /** The last two pipeline steps, in one transaction: CONFIRMED, then IN_FULFILLMENT. */
    void confirmAndRelease(String actor) {
        moveTo(OrderStatus.CONFIRMED, actor, "checks passed");
        moveTo(OrderStatus.IN_FULFILLMENT, actor, "released to fulfillment");
        events.add(new OrderEvents.OrderReleasedToFulfillment(id, number));
        advance(ProcessingStage.RELEASED);
    }

    void advance(ProcessingStage next) {
        stage = next;
        changed = true;
    }

    void tag(String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
            changed = true;
        }
    }

    void prioritise(int value) {
        priority = Math.max(priority, value);
        changed = true;
    }

    void paymentStatus(PaymentStatus next) {
        if (paymentStatus != next) {
            paymentStatus = next;
            changed = true;
        }
    }

    void fulfillmentStatus(FulfillmentStatus next) {
        if (fulfillmentStatus != next) {
            fulfillmentStatus = next;
            changed = true;
        }
    }

    void note(String type, String message, String actor) {
        timeline.add(new TimelineEntry(ids.get(), now, type, message, actor == null ? "system" : actor));
    }

    void touch() {
        changed = true;
    }

    OrderId id() { return id; }
    String number() { return number; }
    Facts facts() { return facts; }
    Instant now() { return now; }
    OrderStatus status() { return status; }
    ProcessingStage stage() { return stage; }
    PaymentStatus paymentStatus() { return paymentStatus; }
    FulfillmentStatus fulfillmentStatus() { return fulfillmentStatus; }
    int priority() { return priority; }
    List<String> tags() { return tags; }
    List<Transition> transitions() { return transitions; }
    List<TimelineEntry> timeline() { return timeline; }
    List<Object> events() { return events; }
    List<Hold> newHolds() { return newHolds; }
    boolean holdsCleared() { return holdsCleared; }
    boolean changed() { return changed; }
}
