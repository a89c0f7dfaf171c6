package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock operations other than counts: adjustments with a reason and receipts (transfers: {@link Transfers}).
 * Each changes balances and writes its movements in one transaction, locking levels in SKU order (as capture
 * does), then fills backorders and checks stock alerts for what it changed.
 */
@Service
public class StockOperations {

    private final InventoryManagement inventory;
    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final CatalogManagement catalog;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StockOperations(InventoryManagement inventory, StockRepository stock, LedgerRepository ledger,
                    CatalogManagement catalog, IdGenerator ids, Clock clock, ApplicationEventPublisher events) {
        this.inventory = inventory;
        this.stock = stock;
        this.ledger = ledger;
        this.catalog = catalog;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /** Changes on-hand by a non-zero delta; on-hand may not go below zero ({@link InsufficientStock}). */
    @Transactional
    public AdjustmentView adjust(AdjustStock cmd) {
        if (cmd.delta() == 0) {
            throw InvalidRequest.of("delta", "must not be 0");
        }
        if (cmd.reason() == null || cmd.reason().isBlank()) {
            throw InvalidRequest.of("reason", "must not be blank");
        }
        requireSkus(List.of(cmd.sku()));
        LocationView location = inventory.requireLocation(cmd.location());
        Instant now = Times.now(clock);
        Level before = lock(cmd.sku(), location.id(), now);
        if (before.onHand() + cmd.delta() < 0) {
            throw new InsufficientStock(List.of(new InsufficientStock.Shortage(cmd.sku(), -cmd.delta(), before.onHand())));
        }
        UUID movementId = ids.next();
        stock.addOnHand(cmd.sku(), location.id(), cmd.delta(), now);
        ledger.insertMovements(List.of(new NewMovement(movementId, cmd.sku(), location.id(), MovementType.ADJUSTMENT,
                cmd.delta(), cmd.reason().strip(), null, cmd.actor(), now)));
        events.publishEvent(new StockChanged(cmd.sku(), location.id(), location.code(), cmd.delta() > 0));
        Level after = stock.lockLevel(cmd.sku(), location.id()).orElseThrow();
        return new AdjustmentView(movementId, cmd.sku(), location.code(), cmd.delta(), cmd.reason().strip(),
                after.onHand(), after.reserved(), Math.max(0, after.available()), now);
    }

    /** Puts received goods on hand (creating stock levels as needed): one RECEIPT movement per SKU. */
    @Transactional
    public ReceiptView receive(ReceiveStock cmd) {
        Map<String, Integer> bySku = merge(cmd.lines());
        requireSkus(bySku.keySet());
        LocationView location = inventory.requireLocation(cmd.location());
        Instant now = Times.now(clock);
        List<NewMovement> movements = new ArrayList<>();
        List<ReceiptView.Line> lines = new ArrayList<>();
        for (var e : bySku.entrySet()) {
            Level before = lock(e.getKey(), location.id(), now);
            stock.addOnHand(e.getKey(), location.id(), e.getValue(), now);
            movements.add(new NewMovement(ids.next(), e.getKey(), location.id(), MovementType.RECEIPT, e.getValue(),
                    "receipt", blankToNull(cmd.reference()), cmd.actor(), now));
            lines.add(new ReceiptView.Line(e.getKey(), e.getValue(), before.onHand() + e.getValue()));
        }
        ledger.insertMovements(movements);
        bySku.keySet().forEach(sku -> events.publishEvent(new StockChanged(sku, location.id(), location.code(), true)));
        return new ReceiptView(location.code(), blankToNull(cmd.reference()), lines, now);
    }

    /** The level, created when missing and locked for this transaction. */
    Level lock(String sku, UUID locationId, Instant now) {
        stock.createLevelIfMissing(sku, locationId, now);
        return stock.lockLevel(sku, locationId).orElseThrow();
    }

    /** Refuses SKUs the catalog does not know (one query) with 422 unknown-product. */
    void requireSkus(Collection<String> skus) {
        var found = catalog.findBySkus(skus);
        List<String> unknown = skus.stream().filter(s -> !found.containsKey(s)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new DomainException(ProblemType.UNKNOWN_PRODUCT, "Unknown SKU(s): " + unknown).with("skus", unknown);
        }
    }

    /** Quantities per SKU in SKU order (the lock order); lines must be positive. */
    static TreeMap<String, Integer> merge(List<StockLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw InvalidRequest.of("lines", "must not be empty");
        }
        TreeMap<String, Integer> bySku = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            StockLine line = lines.get(i);
            if (line.quantity() <= 0) {
                throw InvalidRequest.of("lines[" + i + "].quantity", "must be at least 1");
            }
            bySku.merge(line.sku(), line.quantity(), Math::addExact);
        }
        return bySku;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
