package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.FulfillmentStock;
import io.shipshape.inventory.Reservation;
import io.shipshape.inventory.ReserveStock;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.orders.PostalAddress;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A location reports it cannot fulfil some units (short pick, damaged stock): they leave this fulfillment order,
 * inventory releases them there and sources them again elsewhere by the sourcing rules (or backorders them), a new
 * fulfillment order is created per new location, a SHORT_PICK mismatch is recorded and the timeline says why.
 * Runs in the caller's transaction, under the fulfillment's row lock.
 */
@Component
class ShortPicks {

    private final FulfillmentRepository repository;
    private final FulfillmentCreation creation;
    private final FulfillmentStock stock;
    private final OrderManagement orders;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ShortPicks(FulfillmentRepository repository, FulfillmentCreation creation, FulfillmentStock stock,
               OrderManagement orders, IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.creation = creation;
        this.stock = stock;
        this.orders = orders;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    List<FulfillmentView> reject(FulfillmentView f, List<PackLine> lines, String reason, String actor) {
        if (!f.status().isOpen()) {
            throw FulfillmentManagement.invalid(f, "reject lines of");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw InvalidRequest.of("reason", "must be 1 to 200 characters");
        }
        Map<String, Integer> wanted = FulfillmentManagement.bySku(lines, f);
        if (wanted.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw InvalidRequest.of("lines", "name at least one unit");
        }
        Instant now = Times.now(clock);
        OrderView order = orders.get(f.orderId());
        PostalAddress to = order.shippingAddress();
        ReserveStock.Destination destination = to == null ? null
                : new ReserveStock.Destination(to.country(), to.latitude(), to.longitude());
        Map<String, List<FulfillmentView.Line>> elsewhere = new LinkedHashMap<>();
        StringBuilder story = new StringBuilder("Short pick at " + f.location() + " (" + why + ")");
        for (FulfillmentView.Line line : f.lines()) {
            int take = Math.min(line.quantity(), wanted.getOrDefault(line.sku(), 0));
            if (take == 0) {
                continue;
            }
            wanted.merge(line.sku(), -take, Integer::sum);
            Reservation.LineReservation placed = stock.reallocate(order.id().toString(), f.location(),
                    new FulfillmentStock.Line(line.lineNo(), line.sku(), take), destination, why, actor);
            orders.reallocated(order.id(), f.location(), take, placed);
            repository.setQuantity(f.id().value(), line.lineNo(), line.quantity() - take);
            mismatch(f, "SHORT_PICK", line.sku(), null, line.quantity(),
                    line.quantity() - take, actor, now);
            story.append("; ").append(take).append(" x ").append(line.sku()).append(" ");
            List<String> parts = new ArrayList<>();
            for (Reservation.Allocation a : placed.allocations()) {
                elsewhere.computeIfAbsent(a.location(), k -> new ArrayList<>())
                        .add(new FulfillmentView.Line(line.lineNo(), line.sku(), a.quantity(), 0));
                parts.add(a.quantity() + " to " + a.location());
            }
            if (placed.backordered() > 0) {
                parts.add(placed.backordered() + " backordered");
            }
            story.append(String.join(", ", parts));
        }
        wanted.forEach((sku, over) -> {
            if (over > 0) {
                throw InvalidRequest.of("lines", "more units of " + sku + " than the fulfillment order holds");
            }
        });
        if (repository.find(f.id().value()).orElseThrow().lines().isEmpty()) {
            repository.setStatus(f.id().value(), FulfillmentOrderStatus.CANCELLED, now);
        }
        orders.record(order.id(), "SHORT_PICK", story.toString(), actor);
        List<FulfillmentView> created = new ArrayList<>();
        elsewhere.forEach((location, newLines) -> created.add(creation.create(order, location, FulfillmentKind.SHIP,
                f.id(), newLines, actor, now)));
        return created;
    }

    /** Records a mismatch and tells reporting. */
    private void mismatch(FulfillmentView f, String kind, String sku, String scanned, Integer expected, Integer actual,
                          String actor, Instant now) {
        repository.insertMismatch(ids.next(), f.id().value(), kind, sku, scanned, expected, actual, actor, now);
        events.publishEvent(new PackingMismatch(f.id(), f.orderId(), f.location(), kind, sku, scanned, expected, actual));
    }
}
