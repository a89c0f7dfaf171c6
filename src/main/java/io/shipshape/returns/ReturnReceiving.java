package io.shipshape.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.ReturnStock;
import io.shipshape.orders.OrderManagement;
import io.shipshape.returns.ReturnEvents.ReturnReceived;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.IdGenerator;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.ProblemType;
import io.shipshape.shared.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Receiving a return, inside {@link ReturnManagement#receive}'s transaction with the return's row locked: a second
 * receipt of the same units waits for the first and then finds nothing outstanding, so nothing is restocked
 * twice. Units are booked against the return's lines of their SKU in line order; the inventory module restocks
 * the resellable ones and writes off the damaged ones ({@link ReturnStock}).
 */
@Component
class ReturnReceiving {

    private final ReturnRepository returns;
    private final ReturnStock stock;
    private final OrderManagement orders;
    private final IdGenerator ids;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReturnReceiving(ReturnRepository returns, ReturnStock stock, OrderManagement orders, IdGenerator ids,
                    Clock clock, ApplicationEventPublisher events) {
        this.returns = returns;
        this.stock = stock;
        this.orders = orders;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    void receive(ReturnView r, ReceiveReturn cmd) {
        if (!r.status().receivable() || r.missingUnits() == 0) {
            throw new DomainException(ProblemType.INVALID_TRANSITION, "Return " + r.number() + " is " + r.status()
                    + (r.status().receivable() ? " and fully received" : " and cannot receive goods"))
                    .with("status", r.status().name());
        }
        if (cmd.location() == null || cmd.location().isBlank()) {
            throw InvalidRequest.of("location", "must not be blank");
        }
        if (cmd.lines() == null || cmd.lines().isEmpty()) {
            throw InvalidRequest.of("lines", "must not be empty");
        }
        Map<Integer, int[]> booked = new LinkedHashMap<>(); // lineNo -> {resellable, damaged}
        Map<Integer, Integer> open = new LinkedHashMap<>();
        r.lines().forEach(l -> open.put(l.lineNo(), l.missing()));
        for (int i = 0; i < cmd.lines().size(); i++) {
            ReceiveReturn.Line in = cmd.lines().get(i);
            if (in.quantity() < 1) {
                throw InvalidRequest.of("lines[" + i + "].quantity", "must be at least 1");
            }
            if (in.condition() == null) {
                throw InvalidRequest.of("lines[" + i + "].condition", "must be RESELLABLE or DAMAGED");
            }
            int left = in.quantity();
            for (ReturnView.Line line : r.lines()) {
                if (left > 0 && line.sku().equals(in.sku()) && open.get(line.lineNo()) > 0) {
                    int take = Math.min(left, open.get(line.lineNo()));
                    open.merge(line.lineNo(), -take, Integer::sum);
                    booked.computeIfAbsent(line.lineNo(), k -> new int[2])[in.condition() == ItemCondition.RESELLABLE
                            ? 0 : 1] += take;
                    left -= take;
                }
            }
            if (left > 0) {
                int outstanding = r.lines().stream().filter(l -> l.sku().equals(in.sku()))
                        .mapToInt(ReturnView.Line::missing).sum();
                throw new DomainException(ProblemType.NOT_RETURNABLE, "Return " + r.number() + " awaits only "
                        + outstanding + " x " + in.sku()).with("sku", in.sku()).with("returnable", outstanding);
            }
        }
        Instant now = Times.now(clock);
        List<ReturnStock.Line> toStock = new ArrayList<>();
        List<ReturnView.Receipt> receipts = new ArrayList<>();
        List<ReturnEvents.Line> restocked = new ArrayList<>();
        List<ReturnEvents.Line> writtenOff = new ArrayList<>();
        for (ReceiveReturn.Line in : cmd.lines()) {
            boolean resellable = in.condition() == ItemCondition.RESELLABLE;
            toStock.add(new ReturnStock.Line(in.sku(), in.quantity(), resellable));
            receipts.add(new ReturnView.Receipt(ids.next(), cmd.location().strip(), in.sku(), in.quantity(),
                    in.condition(), cmd.actor(), now));
            (resellable ? restocked : writtenOff).add(new ReturnEvents.Line(in.sku(), in.quantity()));
        }
        stock.receive(cmd.location().strip(), toStock, r.number(), cmd.actor());
        booked.forEach((lineNo, q) -> returns.addReceived(r.id(), lineNo, q[0], q[1]));
        returns.insertReceipts(r.id(), receipts);
        boolean complete = open.values().stream().allMatch(q -> q == 0);
        if (r.status() != ReturnStatus.COMPLETED) {
            returns.updateStatus(r.id(), complete ? ReturnStatus.RECEIVED : ReturnStatus.PARTIALLY_RECEIVED, null,
                    null, now);
        }
        orders.record(r.orderId(), "RETURN_RECEIVED", "Return " + r.number() + " received at "
                + cmd.location().strip() + ": " + describe(restocked) + " restocked, " + describe(writtenOff)
                + " written off" + (complete ? "" : " (more units still expected)"), cmd.actor());
        events.publishEvent(new ReturnReceived(r.id(), r.number(), r.orderId(), cmd.location().strip(), restocked,
                writtenOff, complete));
    }

    private static String describe(List<ReturnEvents.Line> lines) {
        if (lines.isEmpty()) {
            return "nothing";
        }
        return String.join(", ", lines.stream().map(l -> l.quantity() + " x " + l.sku()).toList());
    }
}
