package io.shipshape.fulfillment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.shipshape.catalog.CatalogManagement;
import io.shipshape.catalog.ProductView;
import io.shipshape.inventory.InventoryManagement;
import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.Times;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pick lists and bins. A pick list batches fulfillment orders of one location (the ones named, or every OPEN
 * one, oldest first up to {@value #MAX_BATCH}) into one walk sorted by bin, and moves them to PICKING.
 */
@Service
public class PickLists {

    public static final int MAX_BATCH = 100;
    private static final Pattern BIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}");

    private final FulfillmentRepository repository;
    private final FulfillmentManagement fulfillment;
    private final BinRepository bins;
    private final CatalogManagement catalog;
    private final InventoryManagement inventory;
    private final Clock clock;

    PickLists(FulfillmentRepository repository, FulfillmentManagement fulfillment, BinRepository bins,
              CatalogManagement catalog, InventoryManagement inventory, Clock clock) {
        this.repository = repository;
        this.fulfillment = fulfillment;
        this.bins = bins;
        this.catalog = catalog;
        this.inventory = inventory;
        this.clock = clock;
    }

    @Transactional
    public PickList create(String location, List<FulfillmentId> ids, String actor) {
        inventory.requireLocation(location);
        List<FulfillmentView> batch = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            batch.addAll(repository.list(new FulfillmentRepository.Filter(null, location, FulfillmentOrderStatus.OPEN,
                    null), MAX_BATCH));
            // Orders on hold wait (picking them is refused): the batch of "every OPEN one" leaves them out.
            var held = fulfillment.heldOrders(batch);
            batch.removeIf(f -> held.contains(f.orderId()));
        } else {
            if (ids.size() > MAX_BATCH) {
                throw InvalidRequest.of("fulfillmentIds", "at most " + MAX_BATCH);
            }
            for (FulfillmentId id : ids.stream().distinct().sorted(Comparator.comparing(FulfillmentId::value)).toList()) {
                FulfillmentView f = fulfillment.lock(id);
                if (!f.location().equals(location)) {
                    throw InvalidRequest.of("fulfillmentIds", "fulfillment " + id + " is at " + f.location());
                }
                batch.add(f);
            }
        }
        if (batch.isEmpty()) {
            throw InvalidRequest.of("fulfillmentIds", "no open fulfillment orders to pick at " + location);
        }
        List<FulfillmentView> picked = new ArrayList<>();
        for (FulfillmentView f : batch) {
            picked.add(fulfillment.pick(f.id(), actor));
        }
        return build(location, picked, Times.now(clock));
    }

    PickList build(String location, List<FulfillmentView> batch, Instant at) {
        List<String> skus = batch.stream().flatMap(f -> f.lines().stream()).map(FulfillmentView.Line::sku).distinct()
                .toList();
        Map<String, String> binOf = bins.binsAt(location, skus);
        Map<String, ProductView> products = catalog.findBySkus(skus);
        Map<String, List<PickList.Take>> takes = new LinkedHashMap<>();
        TreeMap<String, Integer> bySku = new TreeMap<>();
        List<PickList.OrderTotal> byOrder = new ArrayList<>();
        for (FulfillmentView f : batch) {
            for (FulfillmentView.Line l : f.lines()) {
                takes.computeIfAbsent(l.sku(), k -> new ArrayList<>())
                        .add(new PickList.Take(f.orderNumber(), f.id(), l.quantity()));
                bySku.merge(l.sku(), l.quantity(), Integer::sum);
            }
            byOrder.add(new PickList.OrderTotal(f.orderNumber(), f.id(), f.units()));
        }
        List<PickList.Line> lines = new ArrayList<>();
        takes.forEach((sku, t) -> lines.add(new PickList.Line(binOf.get(sku), sku,
                products.containsKey(sku) ? products.get(sku).name() : sku, bySku.get(sku), t)));
        lines.sort(Comparator.comparing(PickList.Line::bin, Comparator.nullsLast(PickLists::compareNaturally))
                .thenComparing(PickList.Line::sku));
        return new PickList(location, at, lines, bySku.entrySet().stream()
                .map(e -> new PickList.SkuTotal(e.getKey(), e.getValue())).toList(), byOrder,
                bySku.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Natural order of bin names, as pickers walk them: runs of digits compare by their number ("A-2" before
     * "A-10"), the rest ignoring case.
     */
    static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                String n = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String m = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int c = n.length() != m.length() ? Integer.compare(n.length(), m.length()) : n.compareTo(m);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Sets the bin of a SKU at a location ({@code bin} null or blank clears it). */
    @Transactional
    public void setBin(String sku, String location, String bin) {
        catalog.get(sku);
        inventory.location(location);
        String b = bin == null || bin.isBlank() ? null : bin.strip();
        if (b != null && !BIN.matcher(b).matches()) {
            throw InvalidRequest.of("bin", "1 to 32 letters, digits, '.', '_', '/' or '-'");
        }
        bins.set(sku, location, b, Times.now(clock));
    }

    public String binOf(String sku, String location) {
        return bins.binsAt(location, List.of(sku)).get(sku);
    }
}
