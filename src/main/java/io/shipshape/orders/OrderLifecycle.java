package io.shipshape.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order's lifecycle after capture: staff and integration actions (hold, release, cancel) and the facts other
 * modules report (payment settled, payment and fulfillment status derived from their records). Every transition is
 * checked against {@link OrderStatus}'s table (else {@code invalid-transition}), writes a history row and a
 * timeline entry, and publishes {@link OrderEvents.OrderStatusChanged}. Each method locks the order row first,
 * so concurrent changes of one order (two staff, a staff action racing the pipeline, two servers) serialise.
 */
@Service
public class OrderLifecycle {

    static final String STAFF_HOLD = "staff";

    private final OrderStatusRepository states;
    private final OrderManagement orders;
    private final OrderCancellation cancellation;
    private final CancellationRepository cancellations;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<OrderPayments> payments;

    OrderLifecycle(OrderStatusRepository states, OrderManagement orders, OrderCancellation cancellation,
                   CancellationRepository cancellations, IdGenerator ids, Clock clock, ApplicationEventPublisher events,
                   ObjectProvider<OrderPayments> payments) {
        this.payments = payments;
        this.states = states;
        this.orders = orders;
        this.cancellation = cancellation;
        this.cancellations = cancellations;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /** Puts the order on hold for review (status ON_HOLD) with a reason. */
    @Transactional
    public OrderView hold(OrderId id, String reason, String actor) {
        String why = OrderCancellation.reason(reason);
        change(id, s -> s.hold(List.of(new OrderState.Hold(why, null)), actor, "Held by " + actor + ": " + why));
        return orders.get(id);
    }

    /**
     * Releases a held order: processing resumes where it stopped. An order whose payment was declined is released
     * only once payments cover it (staff recorded the payment), else {@code payment-required}: releasing it would
     * ship it unpaid.
     */
    @Transactional
    public OrderView release(OrderId id, String actor) {
        change(id, s -> {
            if (s.status() == OrderStatus.ON_HOLD && s.stage() == ProcessingStage.PAYMENT_DECIDED) {
                OrderPayments port = payments.getIfAvailable();
                if (port != null && !port.coversOrder(id)) {
                    throw new DomainException(ProblemType.PAYMENT_REQUIRED, "Order " + s.number()
                            + " has a declined payment and nothing covers it: record the payment or cancel the order");
                }
            }
            s.release(actor);
            if (s.status() == OrderStatus.PENDING) {
                if (s.stage().before(ProcessingStage.AWAITING_PAYMENT)) {
                    // Checks and the payment call are still ahead: the pipeline continues after commit, durably.
                    s.events().add(new OrderEvents.OrderProcessingResumed(s.id(), s.number()));
                } else if (s.stage() == ProcessingStage.PAYMENT_DECIDED) {
                    s.confirmAndRelease(actor);
                }
            }
        });
        return orders.get(id);
    }

    /** Cancels the order or some line quantities, releasing their reservations; not once shipped. */
    @Transactional
    public OrderView cancel(OrderId id, CancelOrder cmd) {
        change(id, s -> cancellation.cancel(s, cmd));
        return orders.get(id);
    }

    /**
     * Payments reports that an authorisation that was {@link OrderPayments.Outcome#PENDING} is now decided (a
     * reconciliation answer, or staff recorded a manual payment); processing continues or holds the order.
     */
    @Transactional
    public void paymentSettled(OrderId id, OrderPayments.Outcome outcome, String actor) {
        change(id, s -> OrderPipeline.applyPayment(s, new OrderPayments.Authorization(outcome, null), actor));
    }

    /** Payments reports the payment status derived from its transaction ledger; the order stores it for lists. */
    @Transactional
    public void paymentStatusChanged(OrderId id, PaymentStatus status) {
        change(id, s -> {
            if (s.paymentStatus() != status) {
                s.note("PAYMENT_STATUS", "Payment status " + s.paymentStatus() + " → " + status, "payments");
                s.paymentStatus(status);
            }
        });
    }

    /**
     * Fulfillment reports the fulfillment status derived from its fulfillment orders; the order moves
     * IN_FULFILLMENT to PARTIALLY_SHIPPED, SHIPPED and DELIVERED accordingly.
     */
    @Transactional
    public void fulfillmentStatusChanged(OrderId id, FulfillmentStatus status, String actor) {
        change(id, s -> {
            if (s.fulfillmentStatus() == status) {
                return;
            }
            s.note("FULFILLMENT_STATUS", "Fulfillment status " + s.fulfillmentStatus() + " → " + status, actor);
            s.fulfillmentStatus(status);
            OrderStatus target = switch (status) {
                case UNFULFILLED -> null;
                case PARTIALLY_FULFILLED -> OrderStatus.PARTIALLY_SHIPPED;
                case FULFILLED -> OrderStatus.SHIPPED;
                case DELIVERED -> OrderStatus.DELIVERED;
            };
            if (target != null) {
                advanceTo(s, target, actor);
            }
        });
    }

    /**
     * Closes a shipped or delivered order for good (COMPLETED): the returns module calls it once the return window
     * has passed and no return is open. Answers false when the order is not (any longer) shipped or delivered.
     */
    @Transactional
    public boolean complete(OrderId id, String actor, String reason) {
        boolean[] done = {false};
        change(id, s -> {
            if (s.status() == OrderStatus.SHIPPED || s.status() == OrderStatus.DELIVERED) {
                s.moveTo(OrderStatus.COMPLETED, actor, reason);
                done[0] = true;
            }
        });
        return done[0];
    }

    /**
     * Shipped or delivered orders whose status has not changed since {@code unchangedSince} (keyset paging by
     * {@code after}, null for the first page): the candidates for {@link #complete}.
     */
    public List<OrderId> completionCandidates(Instant unchangedSince, OrderId after, int limit) {
        return states.shippedUnchangedSince(unchangedSince, after, limit);
    }

    /** Holds, priority and cancelled quantities of the order, for its API and back-office views. */
    public OrderProcessingView processing(OrderId id) {
        return new OrderProcessingView(holds(id), states.priority(id), cancellations.cancelledByLine(id));
    }

    /** Held orders, oldest first, with their hold reasons (the review queue). */
    public List<HeldOrder> reviewQueue(int limit) {
        return states.held(limit);
    }

    /** Current hold reasons of the order (empty unless ON_HOLD). */
    public List<OrderHold> holds(OrderId id) {
        return states.holds(id).stream().map(h -> new OrderHold(h.reason(), h.rule())).toList();
    }

    /** The order's priority (0 unless a hold rule raised it). */
    public int priority(OrderId id) {
        return states.priority(id);
    }

    /** Every status change of the order, oldest first. */
    public List<OrderHistoryEntry> history(OrderId id) {
        return states.history(id);
    }

    /**
     * Walks the shipping statuses forward to {@code target} (IN_FULFILLMENT → PARTIALLY_SHIPPED → SHIPPED →
     * DELIVERED), skipping steps a report jumped over; never backwards, and not from a status outside that path
     * (a held or cancelled order keeps its status; the derived fulfillment status is still stored).
     */
    private static void advanceTo(OrderState s, OrderStatus target, String actor) {
        List<OrderStatus> path = List.of(OrderStatus.IN_FULFILLMENT, OrderStatus.PARTIALLY_SHIPPED,
                OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        int from = path.indexOf(s.status());
        int to = path.indexOf(target);
        if (from < 0) {
            return;
        }
        for (int i = from + 1; i <= to; i++) {
            if (path.get(i) == OrderStatus.PARTIALLY_SHIPPED && to > i) {
                continue; // SHIPPED is reachable directly
            }
            s.moveTo(path.get(i), actor, "fulfillment " + s.fulfillmentStatus());
        }
    }

    /** Locks the order, applies the change, saves it and publishes its events, all in the caller's transaction. */
    void change(OrderId id, Consumer<OrderState> change) {
        OrderState state = states.lock(id, Times.now(clock), ids::next).orElseThrow(() -> new NotFound("Order", id));
        change.accept(state);
        states.save(state);
        state.events().forEach(events::publishEvent);
    }
}
