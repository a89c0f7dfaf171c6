package io.shipshape.orders;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.InventoryManagement;
import io.shipshape.inventory.ReleaseStock;
import io.shipshape.inventory.StockReleased;
import io.shipshape.orders.OrderEvents.OrderCancelled;
import io.shipshape.orders.OrderView.Totals;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Cancels a whole order or some line quantities, inside the lifecycle's transaction (the order row is locked):
 * inventory gives back the quantities (backorders first, then reservations with RELEASE movements), the lines keep
 * what is still ordered in {@code quantity} and the rest in {@code cancelled_quantity}, and the totals shrink: the
 * subtotal by the cancelled lines' value, the tax in proportion to the taxable amount; a whole cancellation leaves
 * every total at zero. {@code OrderCancelled.amount} is how much the total went down, which payments voids or
 * refunds.
 */
@Component
class OrderCancellation {

    private final CancellationRepository lines;
    private final OrderRepository allocations;
    private final InventoryManagement inventory;
    private final TaxProperties tax;

    OrderCancellation(CancellationRepository lines, OrderRepository allocations, InventoryManagement inventory,
                      TaxProperties tax) {
        this.lines = lines;
        this.allocations = allocations;
        this.inventory = inventory;
        this.tax = tax;
    }

    /** A staff or API reason: 1 to 500 characters. */
    static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 500) {
            throw InvalidRequest.of("reason", "must be 1 to 500 characters");
        }
        return r;
    }

    void cancel(OrderState s, CancelOrder cmd) {
        String why = reason(cmd.reason());
        if (!s.status().canMoveTo(OrderStatus.CANCELLED)) {
            throw new InvalidTransition(s.number(), s.status(), "cancel");
        }
        List<CancellationRepository.Line> current = lines.lines(s.id());
        Map<Integer, Integer> plan = cmd.whole() ? whole(current) : partial(current, cmd.lines());
        boolean whole = current.stream().allMatch(l -> plan.getOrDefault(l.lineNo(), 0) == l.quantity());
        List<ReleaseStock.Line> release = new ArrayList<>();
        Map<Integer, CancellationRepository.Line> byNo = new LinkedHashMap<>();
        current.forEach(l -> byNo.put(l.lineNo(), l));
        plan.forEach((no, q) -> release.add(new ReleaseStock.Line(no, byNo.get(no).sku(), q)));
        StockReleased released = inventory.release(new ReleaseStock(s.id().toString(), release, why, cmd.actor()));
        long cancelledMinor = 0;
        List<OrderCancelled.CancelledLine> cancelledLines = new ArrayList<>();
        for (StockReleased.Line r : released.lines()) {
            int q = plan.get(r.lineNo());
            lines.cancelLine(s.id(), r.lineNo(), q, r.backorderCancelled());
            r.freed().forEach(f -> allocations.reduceAllocation(s.id(), r.lineNo(), f.location(), f.quantity()));
            cancelledMinor = Math.addExact(cancelledMinor, Math.multiplyExact(byNo.get(r.lineNo()).unitPriceMinor(), q));
            cancelledLines.add(new OrderCancelled.CancelledLine(r.sku(), q));
            s.note("CANCELLED_LINE", "Cancelled " + q + " x " + r.sku() + (r.backorderCancelled() > 0
                    ? " (" + r.backorderCancelled() + " of them backordered)" : "") + ": " + why, cmd.actor());
        }
        Totals before = lines.totals(s.id());
        Totals after = whole ? zero(before) : reduce(before, cancelledMinor);
        lines.updateTotals(s.id(), after);
        Money amount = before.total().minus(after.total());
        if (whole) {
            s.cancel(cmd.actor(), why);
        } else {
            s.touch();
        }
        s.events().add(new OrderCancelled(s.id(), s.number(), whole, amount, cancelledLines, why, cmd.actor()));
    }

    private static Map<Integer, Integer> whole(List<CancellationRepository.Line> current) {
        Map<Integer, Integer> plan = new LinkedHashMap<>();
        current.stream().filter(l -> l.quantity() > 0).forEach(l -> plan.put(l.lineNo(), l.quantity()));
        return plan;
    }

    /** Spreads each requested SKU quantity over the order's lines of that SKU (last line first). */
    private static Map<Integer, Integer> partial(List<CancellationRepository.Line> current, List<CancelOrder.Line> asked) {
        Map<Integer, Integer> plan = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            CancelOrder.Line a = asked.get(i);
            String field = "lines[" + i + "]";
            if (a == null || a.sku() == null || a.sku().isBlank()) {
                throw InvalidRequest.of(field + ".sku", "is required");
            }
            if (a.quantity() < 1) {
                throw InvalidRequest.of(field + ".quantity", "must be at least 1");
            }
            List<CancellationRepository.Line> ofSku = current.stream().filter(l -> l.sku().equals(a.sku())).toList();
            if (ofSku.isEmpty()) {
                throw InvalidRequest.of(field + ".sku", "'" + a.sku() + "' is not a line of this order");
            }
            int left = a.quantity();
            for (int j = ofSku.size() - 1; j >= 0 && left > 0; j--) {
                CancellationRepository.Line l = ofSku.get(j);
                int open = l.quantity() - plan.getOrDefault(l.lineNo(), 0);
                int take = Math.min(open, left);
                if (take > 0) {
                    plan.merge(l.lineNo(), take, Integer::sum);
                    left -= take;
                }
            }
            if (left > 0) {
                throw InvalidRequest.of(field + ".quantity", "only " + (a.quantity() - left) + " x " + a.sku()
                        + " are left to cancel");
            }
        }
        return plan;
    }

    private static Totals zero(Totals t) {
        Money z = Money.zero(t.total().currency());
        return new Totals(z, z, z, z, z);
    }

    /** Subtotal minus the cancelled value; discount capped at the new subtotal; tax in proportion to the base. */
    private Totals reduce(Totals t, long cancelledMinor) {
        Money subtotal = t.subtotal().minus(Money.of(cancelledMinor, t.subtotal().currencyCode()));
        Money discount = t.discount().isGreaterThan(subtotal) ? subtotal : t.discount();
        long baseBefore = t.subtotal().minus(t.discount()).amountMinor()
                + (tax.includeShipping() ? t.shipping().amountMinor() : 0);
        long baseAfter = subtotal.minus(discount).amountMinor() + (tax.includeShipping() ? t.shipping().amountMinor() : 0);
        long taxMinor = baseBefore == 0 ? t.tax().amountMinor() : BigInteger.valueOf(t.tax().amountMinor())
                .multiply(BigInteger.valueOf(baseAfter)).add(BigInteger.valueOf(baseBefore / 2))
                .divide(BigInteger.valueOf(baseBefore)).longValueExact();
        Money taxAfter = Money.of(taxMinor, t.tax().currencyCode());
        return new Totals(subtotal, discount, t.shipping(), taxAfter,
                subtotal.minus(discount).plus(t.shipping()).plus(taxAfter));
    }
}
