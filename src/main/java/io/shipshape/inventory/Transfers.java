package io.shipshape.inventory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.shipshape.inventory.LedgerRepository.NewMovement;
import io.shipshape.inventory.StockRepository.Level;
import io.shipshape.inventory.TransferRepository.Header;
import io.shipshape.shared.Cursor;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers between locations: {@link #ship} takes on-hand at the source at once (TRANSFER_OUT, never more than
 * is available there), the units are in transit until {@link #receive} puts them on hand at the destination
 * (TRANSFER_IN, which fills backorders) or {@link #cancel} puts them back at the source.
 */
@Service
public class Transfers {

    private final StockOperations operations;
    private final InventoryManagement inventory;
    private final TransferRepository transfers;
    private final StockRepository stock;
    private final LedgerRepository ledger;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Transfers(StockOperations operations, InventoryManagement inventory, TransferRepository transfers,
              StockRepository stock, LedgerRepository ledger, IdGenerator ids, Clock clock,
              ApplicationEventPublisher events) {
        this.operations = operations;
        this.inventory = inventory;
        this.transfers = transfers;
        this.stock = stock;
        this.ledger = ledger;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /** Ships a transfer; {@link InsufficientStock} (nothing changed) when the source lacks available units. */
    @Transactional
    public TransferView ship(ShipTransfer cmd) {
        TreeMap<String, Integer> bySku = StockOperations.merge(cmd.lines());
        if (cmd.from() != null && cmd.from().equals(cmd.to())) {
            throw InvalidRequest.of("to", "must differ from 'from'");
        }
        operations.requireSkus(bySku.keySet());
        LocationView from = inventory.requireLocation(cmd.from());
        LocationView to = inventory.requireLocation(cmd.to());
        Instant now = Times.now(clock);
        UUID id = ids.next();
        List<InsufficientStock.Shortage> shortages = new ArrayList<>();
        for (var e : bySku.entrySet()) {
            Level level = stock.lockLevel(e.getKey(), from.id()).orElse(null);
            int available = level == null ? 0 : Math.max(0, level.available());
            if (available < e.getValue()) {
                shortages.add(new InsufficientStock.Shortage(e.getKey(), e.getValue(), available));
            }
        }
        if (!shortages.isEmpty()) {
            throw new InsufficientStock(shortages);
        }
        move(bySku, from.id(), MovementType.TRANSFER_OUT, -1, "transfer to " + to.code(), id, cmd.actor(), now);
        for (String sku : bySku.keySet()) {
            stock.createLevelIfMissing(sku, to.id(), now); // so the destination lists what is on its way
            events.publishEvent(new StockChanged(sku, from.id(), from.code(), false));
        }
        List<StockLine> lines = bySku.entrySet().stream().map(e -> new StockLine(e.getKey(), e.getValue())).toList();
        transfers.insert(id, from.id(), to.id(), lines, cmd.actor(), now);
        return new TransferView(id, from.code(), to.code(), TransferStatus.IN_TRANSIT, lines, cmd.actor(), now, null);
    }

    /** Receives an in-transit transfer at its destination; 409 invalid-transition when it is not in transit. */
    @Transactional
    public TransferView receive(UUID id, String actor) {
        return finish(id, TransferStatus.RECEIVED, actor);
    }

    /** Cancels an in-transit transfer: its units go back on hand at the source. */
    @Transactional
    public TransferView cancel(UUID id, String actor) {
        return finish(id, TransferStatus.CANCELLED, actor);
    }

    public TransferView get(UUID id) {
        Header h = transfers.find(id).orElseThrow(() -> new NotFound("Transfer", id));
        return h.view(transfers.lines(List.of(id)).getOrDefault(id, List.of()));
    }

    /** Newest first, optionally of one status (two queries per page). */
    public Page<TransferView> list(TransferStatus status, PageRequest page) {
        Cursor.TimeAndId after = page.cursor() == null ? null : Cursor.timeAndId(page.cursor());
        List<Header> rows = transfers.page(status, after, page.limit() + 1);
        String next = null;
        if (rows.size() > page.limit()) {
            rows = rows.subList(0, page.limit());
            Header last = rows.get(rows.size() - 1);
            next = Cursor.ofTimeAndId(last.createdAt(), last.id());
        }
        Map<UUID, List<StockLine>> lines = transfers.lines(rows.stream().map(Header::id).toList());
        return new Page<>(rows.stream().map(h -> h.view(lines.getOrDefault(h.id(), List.of()))).toList(), next);
    }

    private TransferView finish(UUID id, TransferStatus status, String actor) {
        Instant now = Times.now(clock);
        if (!transfers.finish(id, status, now)) {
            Header h = transfers.find(id).orElseThrow(() -> new NotFound("Transfer", id));
            throw new DomainException(ProblemType.INVALID_TRANSITION, "Transfer " + id + " is " + h.status()
                    + ", not IN_TRANSIT").with("status", h.status().name());
        }
        Header h = transfers.find(id).orElseThrow();
        List<StockLine> lines = transfers.lines(List.of(id)).getOrDefault(id, List.of());
        TreeMap<String, Integer> bySku = StockOperations.merge(lines);
        boolean received = status == TransferStatus.RECEIVED;
        UUID locationId = received ? h.toId() : h.fromId();
        String location = received ? h.to() : h.from();
        move(bySku, locationId, MovementType.TRANSFER_IN, 1, received ? "transfer from " + h.from()
                : "transfer cancelled", id, actor, now);
        bySku.keySet().forEach(sku -> events.publishEvent(new StockChanged(sku, locationId, location, true)));
        return new TransferView(id, h.from(), h.to(), status, lines, h.createdBy(), h.createdAt(),
                received ? now : null);
    }

    /** Changes on-hand of each SKU at the location by sign x quantity, in SKU order, with one movement each. */
    private void move(TreeMap<String, Integer> bySku, UUID locationId, MovementType type, int sign, String reason,
                      UUID reference, String actor, Instant now) {
        List<NewMovement> movements = new ArrayList<>();
        for (var e : bySku.entrySet()) {
            operations.lock(e.getKey(), locationId, now);
            stock.addOnHand(e.getKey(), locationId, sign * e.getValue(), now);
            movements.add(new NewMovement(ids.next(), e.getKey(), locationId, type, sign * e.getValue(), reason,
                    reference.toString(), actor, now));
        }
        ledger.insertMovements(movements);
    }
}
