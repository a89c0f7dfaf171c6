package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.orders.OrderManagement;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The pack bench, under the fulfillment's row lock (the caller's transaction): typed confirmation of packed
 * quantities and one-unit scans. Every mismatch (short line, wrong item, over-scan) is recorded, since
 * fulfillment accuracy is a KPI; a refused scan is an answer, not an exception, so its record commits.
 */
@Component
class Packing {

    private final FulfillmentRepository repository;
    private final CatalogManagement catalog;
    private final OrderManagement orders;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Packing(FulfillmentRepository repository, CatalogManagement catalog, OrderManagement orders, IdGenerator ids,
            Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalog = catalog;
        this.orders = orders;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Confirms the packed quantity of each SKU (lines not named are packed 0) and moves to PACKED. A line packed
     * short is recorded as a SHORT_PICK mismatch; it ships as packed and its rest stays in a new open fulfillment.
     * A store pickup becomes ready for pickup.
     */
    void pack(FulfillmentView f, List<PackLine> lines, String actor) {
        FulfillmentManagement.move(f, FulfillmentOrderStatus.PACKED);
        Map<String, Integer> wanted = FulfillmentManagement.bySku(lines, f);
        Map<Integer, Integer> packed = new HashMap<>();
        for (FulfillmentView.Line line : f.lines()) { // a SKU on several order lines fills them in line order
            int take = Math.min(line.quantity(), wanted.getOrDefault(line.sku(), 0));
            packed.put(line.lineNo(), take);
            wanted.merge(line.sku(), -take, Integer::sum);
        }
        wanted.forEach((sku, over) -> {
            if (over > 0) {
                throw InvalidRequest.of("lines", "more units of " + sku + " than the fulfillment order holds");
            }
        });
        if (packed.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw InvalidRequest.of("lines", "pack at least one unit");
        }
        Instant now = Times.now(clock);
        for (FulfillmentView.Line line : f.lines()) {
            int p = packed.get(line.lineNo());
            repository.setPacked(f.id().value(), line.lineNo(), p);
            if (p < line.quantity()) {
                mismatch(f, "SHORT_PICK", line.sku(), null, line.quantity(),
                        p, actor, now);
            }
        }
        repository.setStatus(f.id().value(), FulfillmentOrderStatus.PACKED, now);
        if (f.kind() == FulfillmentKind.PICKUP && f.status() != FulfillmentOrderStatus.PACKED) {
            events.publishEvent(new ReadyForPickup(f.id(), f.orderId(), f.orderNumber(), f.location()));
            orders.record(f.orderId(), "READY_FOR_PICKUP", "Ready for pickup at " + f.location(), actor);
        }
    }

    /**
     * One scan at the pack bench: a product barcode or a SKU (case-insensitive) counts one more unit of its line.
     * A code of no line (WRONG_ITEM) or one more than the line holds (OVER_SCAN) counts nothing and is recorded.
     */
    ScanResult scan(FulfillmentView f, String code, String actor) {
        if (!f.status().canMoveTo(FulfillmentOrderStatus.PACKED) || f.status() == FulfillmentOrderStatus.PACKED) {
            throw FulfillmentManagement.invalid(f, "scan");
        }
        String scanned = code == null ? "" : code.strip();
        if (scanned.isEmpty() || scanned.length() > 128) {
            throw InvalidRequest.of("code", "must be 1 to 128 characters");
        }
        Map<String, ProductView> products = catalog.findBySkus(f.lines().stream().map(FulfillmentView.Line::sku).toList());
        String sku = f.lines().stream().map(FulfillmentView.Line::sku).filter(s -> s.equalsIgnoreCase(scanned)
                || (products.get(s) != null && scanned.equals(products.get(s).barcode()))).findFirst().orElse(null);
        Instant now = Times.now(clock);
        if (sku == null) {
            mismatch(f, "WRONG_ITEM", null, scanned, null, null, actor, now);
            return new ScanResult(false, null, "WRONG_ITEM", "Wrong item: " + scanned + " is not in this order",
                    get(f));
        }
        FulfillmentView.Line open = f.lines().stream().filter(l -> l.sku().equals(sku) && l.packed() < l.quantity())
                .findFirst().orElse(null);
        if (open == null) {
            int holds = f.lines().stream().filter(l -> l.sku().equals(sku)).mapToInt(FulfillmentView.Line::quantity).sum();
            mismatch(f, "OVER_SCAN", sku, scanned, holds, holds + 1, actor, now);
            return new ScanResult(false, sku, "OVER_SCAN", "Too many: all " + holds + " x " + sku
                    + " are already packed", get(f));
        }
        repository.setPacked(f.id().value(), open.lineNo(), open.packed() + 1);
        return new ScanResult(true, sku, null, "Packed " + (open.packed() + 1) + " of " + open.quantity() + " x " + sku,
                get(f));
    }

    private FulfillmentView get(FulfillmentView f) {
        return repository.find(f.id().value()).orElseThrow();
    }

    /** Records a mismatch and tells reporting. */
    private void mismatch(FulfillmentView f, String kind, String sku, String scanned, Integer expected, Integer actual,
                          String actor, Instant now) {
        repository.insertMismatch(ids.next(), f.id().value(), kind, sku, scanned, expected, actual, actor, now);
        events.publishEvent(new PackingMismatch(f.id(), f.orderId(), f.location(), kind, sku, scanned, expected, actual));
    }
}
