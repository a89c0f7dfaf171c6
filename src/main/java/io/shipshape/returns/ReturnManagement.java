package io.shipshape.returns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.returns.ReturnEvents.ReturnApproved;
import io.shipshape.returns.ReturnEvents.ReturnRejected;
import io.shipshape.returns.ReturnEvents.ReturnRequested;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The returns (RMA) entry point: request, approve, reject, receive ({@link ReturnReceiving}), refund and exchange
 * ({@link ReturnSettlement}), read. Every change locks the return's row (requests lock the order's return row),
 * is checked against {@link ReturnStatus}'s table, writes a timeline row on the order and publishes an event.
 */
@Service
@EnableConfigurationProperties(ReturnsProperties.class)
public class ReturnManagement {

    private final ReturnRepository returns;
    private final ReturnReceiving receiving;
    private final ReturnSettlement settlement;
    private final OrderManagement orders;
    private final ShippedGoods shipped;
    private final ReturnsProperties properties;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReturnManagement(ReturnRepository returns, ReturnReceiving receiving, ReturnSettlement settlement,
                     OrderManagement orders, ShippedGoods shipped, ReturnsProperties properties, IdGenerator ids,
                     Clock clock, ApplicationEventPublisher events) {
        this.returns = returns;
        this.receiving = receiving;
        this.settlement = settlement;
        this.orders = orders;
        this.shipped = shipped;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Requests a return of shipped units. Per SKU, the units requested plus those that earlier returns (not
     * rejected) hold may not exceed what was shipped ({@code not-returnable}); a customer's request must be inside
     * the return window ({@code return-window-closed}).
     */
    @Transactional
    public ReturnView request(RequestReturn cmd) {
        if (cmd.resolution() == null) {
            throw InvalidRequest.of("resolution", "must be REFUND or EXCHANGE");
        }
        Map<String, Integer> wanted = checkLines(cmd.lines());
        OrderView order = orders.get(cmd.orderId());
        returns.lockOrder(order.id());
        ShippedGoods.Shipped gone = shipped.of(order.id());
        Instant now = Times.now(clock);
        if (cmd.byCustomer() && (gone.windowStart() == null
                || gone.windowStart().plus(Duration.ofDays(properties.windowDays())).isBefore(now))) {
            throw new DomainException(ProblemType.RETURN_WINDOW_CLOSED, "Order " + order.number()
                    + " is outside the return window of " + properties.windowDays() + " days")
                    .with("windowDays", properties.windowDays());
        }
        Map<String, Integer> held = returns.returnedBySku(order.id());
        for (var e : wanted.entrySet()) {
            int returnable = gone.of(e.getKey()) - held.getOrDefault(e.getKey(), 0);
            if (e.getValue() > returnable) {
                throw new DomainException(ProblemType.NOT_RETURNABLE, "Only " + Math.max(0, returnable) + " x "
                        + e.getKey() + " of order " + order.number() + " can be returned")
                        .with("sku", e.getKey()).with("returnable", Math.max(0, returnable));
            }
        }
        List<ReturnView.Line> lines = new ArrayList<>();
        for (RequestReturn.Line l : cmd.lines()) {
            OrderView.Line line = order.lines().stream().filter(o -> o.sku().equals(l.sku())).findFirst().orElseThrow();
            lines.add(new ReturnView.Line(lines.size() + 1, l.sku(), line.name(), l.quantity(), l.reason(),
                    ReturnValues.unitValue(order, line), 0, 0));
        }
        String actor = cmd.byCustomer() ? "customer:" + order.customer().email() : cmd.actor();
        ReturnView r = new ReturnView(new ReturnId(ids.next()), "RMA-" + returns.nextNumber(), order.id(),
                order.number(), ReturnStatus.REQUESTED, cmd.resolution(), actor, cmd.byCustomer(), null, null, lines,
                List.of(), null, null, now, now);
        returns.insert(r, order.totals().total().currency());
        orders.record(order.id(), "RETURN_REQUESTED", "Return " + r.number() + " requested (" + cmd.resolution()
                + "): " + describe(lines), actor);
        events.publishEvent(new ReturnRequested(r.id(), r.number(), order.id(), order.number(), r.resolution(),
                lines.stream().map(l -> new ReturnEvents.Line(l.sku(), l.quantity())).toList(), cmd.byCustomer()));
        return r;
    }

    @Transactional
    public ReturnView approve(ReturnId id, String actor) {
        ReturnView r = lock(id);
        move(r, ReturnStatus.APPROVED, actor, null);
        orders.record(r.orderId(), "RETURN_APPROVED", "Return " + r.number() + " approved", actor);
        events.publishEvent(new ReturnApproved(r.id(), r.number(), r.orderId(), actor));
        return get(id);
    }

    @Transactional
    public ReturnView reject(ReturnId id, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw InvalidRequest.of("reason", "must be 1 to 500 characters");
        }
        ReturnView r = lock(id);
        move(r, ReturnStatus.REJECTED, actor, why);
        orders.record(r.orderId(), "RETURN_REJECTED", "Return " + r.number() + " rejected: " + why, actor);
        events.publishEvent(new ReturnRejected(r.id(), r.number(), r.orderId(), why, actor));
        return get(id);
    }

    /** Records arriving units: resellable ones restocked at the location (filling backorders), damaged written off. */
    @Transactional
    public ReturnView receive(ReturnId id, ReceiveReturn cmd) {
        receiving.receive(lock(id), cmd);
        return get(id);
    }

    /**
     * Refunds a REFUND return through the payments module: the received units' value (and shipping by policy);
     * with {@code beforeReceipt} (a staff decision, {@code note} saying why) every unit's value before it arrived.
     */
    @Transactional
    public ReturnView refund(ReturnId id, boolean beforeReceipt, String note, String actor) {
        settlement.refund(lock(id), beforeReceipt, note, actor);
        return get(id);
    }

    /** Settles an EXCHANGE return with a replacement order of these SKUs (price difference charged or refunded). */
    @Transactional
    public ReturnView exchange(ReturnId id, List<RequestReturn.Line> replacement, String actor) {
        settlement.exchange(lock(id), replacement, actor);
        return get(id);
    }

    public ReturnView get(ReturnId id) {
        return returns.find(id).orElseThrow(() -> new NotFound("Return", id));
    }

    /** How many orders had a return requested (by customer or staff, whatever became of it) in [from, to). */
    public long ordersWithReturns(Instant from, Instant to) {
        return returns.ordersWithReturns(from, to);
    }

    public List<ReturnView> ofOrder(OrderId orderId) {
        return returns.byOrder(orderId);
    }

    /** Returns newest first, filtered by status and order (each optional). */
    public Page<ReturnView> list(ReturnStatus status, OrderId orderId, PageRequest page) {
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        List<ReturnView> rows = returns.list(status, orderId, after, page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        rows = rows.subList(0, page.limit());
        ReturnView last = rows.get(rows.size() - 1);
        return new Page<>(List.copyOf(rows), Cursor.ofTimeAndId(last.createdAt(), last.id().value()));
    }

    /** Units per SKU still returnable from the order: shipped minus what returns (not rejected) hold. */
    public Map<String, Integer> returnable(OrderId orderId) {
        ShippedGoods.Shipped gone = shipped.of(orderId);
        Map<String, Integer> held = returns.returnedBySku(orderId);
        Map<String, Integer> left = new LinkedHashMap<>();
        gone.bySku().forEach((sku, q) -> left.put(sku, Math.max(0, q - held.getOrDefault(sku, 0))));
        return left;
    }

    /** Whether a customer may still request a return of the order (shipped, within the window). */
    public boolean withinWindow(OrderId orderId) {
        return withinWindow(orderId, Times.now(clock));
    }

    /** Whether the return window of the order is open at {@code at}. */
    public boolean withinWindow(OrderId orderId, Instant at) {
        Instant start = shipped.of(orderId).windowStart();
        return start != null && !start.plus(Duration.ofDays(properties.windowDays())).isBefore(at);
    }

    public ReturnsProperties settings() {
        return properties;
    }

    private ReturnView lock(ReturnId id) {
        return returns.lock(id).orElseThrow(() -> new NotFound("Return", id));
    }

    private void move(ReturnView r, ReturnStatus to, String actor, String reason) {
        if (!r.status().canMoveTo(to)) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "Return " + r.number() + " is " + r.status()
                    + " and cannot become " + to).with("status", r.status().name());
        }
        returns.updateStatus(r.id(), to, actor, reason, Times.now(clock));
    }

    private Map<String, Integer> checkLines(List<RequestReturn.Line> lines) {
        if (lines == null || lines.isEmpty()) {
            throw InvalidRequest.of("lines", "must not be empty");
        }
        List<InvalidRequest.FieldError> errors = new ArrayList<>();
        Map<String, Integer> bySku = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            RequestReturn.Line l = lines.get(i);
            if (l.sku() == null || l.sku().isBlank()) {
                errors.add(new InvalidRequest.FieldError("lines[" + i + "].sku", "must not be blank"));
            }
            if (l.quantity() < 1) {
                errors.add(new InvalidRequest.FieldError("lines[" + i + "].quantity", "must be at least 1"));
            }
            if (l.reason() == null || !properties.reasons().contains(l.reason())) {
                errors.add(new InvalidRequest.FieldError("lines[" + i + "].reason", "must be one of "
                        + properties.reasons()));
            }
            if (l.sku() != null) {
                bySku.merge(l.sku(), Math.max(l.quantity(), 0), Integer::sum);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return bySku;
    }

    static String describe(List<ReturnView.Line> lines) {
        return lines.stream().map(l -> l.quantity() + " x " + l.sku() + " (" + l.reason() + ")")
                .collect(Collectors.joining(", "));
    }
}
