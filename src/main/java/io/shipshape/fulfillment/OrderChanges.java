package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.FulfillmentStock;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderView;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a released order's open fulfillment orders equal to what inventory still holds reserved for it, per order
 * line and location. That equality holds after every fulfillment command (shipping consumes exactly what it
 * ships, a short pick moves exactly what it reallocates), so when it breaks, another module changed the
 * reservations: a backorder was filled (more reserved: a new fulfillment order there) or the order was cancelled
 * in whole or part (less reserved: open quantities shrink, newest first; an emptied one is CANCELLED). Derived from
 * state, so running it twice changes nothing the second time.
 */
@Component
class OrderChanges {

    private final FulfillmentRepository repository;
    private final FulfillmentCreation creation;
    private final FulfillmentStock stock;
    private final OrderManagement orders;
    private final Clock clock;

    OrderChanges(FulfillmentRepository repository, FulfillmentCreation creation, FulfillmentStock stock,
                 OrderManagement orders, Clock clock) {
        this.repository = repository;
        this.creation = creation;
        this.stock = stock;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public void reconcile(OrderId orderId, String why, String actor) {
        if (!repository.released(orderId)) {
            return; // not released yet: the release reads the allocations as they are then
        }
        repository.lockOrder(orderId);
        Map<String, Integer> reserved = new HashMap<>();
        Map<String, String> skus = new HashMap<>();
        for (FulfillmentStock.Reserved r : stock.reservedFor(orderId.toString())) {
            reserved.merge(key(r.lineNo(), r.location()), r.quantity(), Integer::sum);
            skus.put(key(r.lineNo(), r.location()), r.sku());
        }
        List<FulfillmentView> open = repository.byOrder(orderId).stream().filter(f -> f.status().isOpen())
                .sorted(Comparator.comparing(FulfillmentView::createdAt).reversed()).toList();
        Instant now = Times.now(clock);
        List<String> story = new ArrayList<>();
        Map<String, Integer> held = new HashMap<>();
        for (FulfillmentView f : open) { // newest first: the latest fulfillment gives units back first
            int left = f.lines().size();
            for (FulfillmentView.Line line : f.lines()) {
                String k = key(line.lineNo(), f.location());
                int room = reserved.getOrDefault(k, 0) - held.getOrDefault(k, 0);
                int keep = Math.max(0, Math.min(line.quantity(), room));
                held.merge(k, keep, Integer::sum);
                if (keep < line.quantity()) {
                    repository.setQuantity(f.id().value(), line.lineNo(), keep);
                    story.add((line.quantity() - keep) + " x " + line.sku() + " removed at " + f.location());
                    left -= keep == 0 ? 1 : 0;
                }
            }
            if (left == 0) {
                repository.setStatus(f.id().value(), FulfillmentOrderStatus.CANCELLED, now);
                story.add("fulfillment " + FulfillmentCreation.shortId(f.id()) + " cancelled");
            }
        }
        Map<String, List<FulfillmentView.Line>> missing = new LinkedHashMap<>();
        reserved.forEach((k, quantity) -> {
            int more = quantity - held.getOrDefault(k, 0);
            if (more > 0) {
                String[] parts = k.split("\\|", 2);
                missing.computeIfAbsent(parts[1], x -> new ArrayList<>())
                        .add(new FulfillmentView.Line(Integer.parseInt(parts[0]), skus.get(k), more, 0));
            }
        });
        if (story.isEmpty() && missing.isEmpty()) {
            return;
        }
        OrderView order = orders.get(orderId);
        if (!story.isEmpty()) {
            orders.record(orderId, "FULFILLMENT_CHANGED", why + ": " + String.join("; ", story), actor);
        }
        missing.forEach((location, lines) -> creation.create(order, location, creation.kindAt(order, location), null,
                lines.stream().sorted(Comparator.comparingInt(FulfillmentView.Line::lineNo)).toList(), actor, now));
    }

    private static String key(int lineNo, String location) {
        return lineNo + "|" + location;
    }
}
