package io.shipshape.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.InsufficientStock.Shortage;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.Reservation.LineReservation;

/**
 * Chooses where each line is reserved, from a snapshot of availability. Pure logic, no I/O. Rules, in order:
 * <ol>
 * <li>{@value #FORCED}: the order names its location (POS, store orders): every line from there;</li>
 * <li>{@value #SINGLE}: the most preferred location (lowest priority number, then code) that can serve the
 * whole order;</li>
 * <li>{@value #SPLIT}: otherwise each line is filled from locations in priority order, split if needed.</li>
 * </ol>
 * A backorderable line takes what is available and backorders the rest; any other shortfall makes the plan
 * fail with the shortages.
 */
final class SourcingPlanner {

    static final String FORCED = "order-location";
    static final String SINGLE = "single-location-by-priority";
    static final String SPLIT = "split-by-priority";

    /** Available units of one SKU at one location, and the location's preference. */
    record Stock(String sku, String location, int priority, int available) {
    }

    sealed interface Plan {
    }

    record Planned(List<LineReservation> lines) implements Plan {
    }

    record Short(List<Shortage> shortages) implements Plan {
    }

    private SourcingPlanner() {
    }

    static Plan plan(List<ReserveStock.Line> lines, List<Stock> stock, String forcedLocation) {
        Map<String, Integer> priorities = new HashMap<>();
        Map<String, Map<String, Integer>> bySkuThenLocation = new HashMap<>();
        for (Stock s : stock) {
            priorities.put(s.location(), s.priority());
            bySkuThenLocation.computeIfAbsent(s.sku(), k -> new HashMap<>()).put(s.location(), Math.max(0, s.available()));
        }
        List<String> locations = new ArrayList<>(priorities.keySet());
        locations.sort(Comparator.comparing((String l) -> priorities.get(l)).thenComparing(l -> l));
        if (forcedLocation != null) {
            return fill(lines, bySkuThenLocation, List.of(forcedLocation), FORCED);
        }
        Map<String, Integer> demand = new LinkedHashMap<>();
        lines.forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        for (String location : locations) {
            boolean servesAll = demand.entrySet().stream().allMatch(d ->
                    bySkuThenLocation.getOrDefault(d.getKey(), Map.of()).getOrDefault(location, 0) >= d.getValue());
            if (servesAll) {
                return fill(lines, bySkuThenLocation, List.of(location), SINGLE);
            }
        }
        return fill(lines, bySkuThenLocation, locations, SPLIT);
    }

    private static Plan fill(List<ReserveStock.Line> lines, Map<String, Map<String, Integer>> available,
                             List<String> locations, String rule) {
        Map<String, Map<String, Integer>> left = new HashMap<>();
        available.forEach((sku, m) -> left.put(sku, new HashMap<>(m)));
        List<LineReservation> planned = new ArrayList<>();
        Map<String, Integer> demand = new LinkedHashMap<>();
        lines.forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        Map<String, Integer> shortBySku = new LinkedHashMap<>(); // sku -> total available
        for (ReserveStock.Line line : lines) {
            Map<String, Integer> skuLeft = left.computeIfAbsent(line.sku(), k -> new HashMap<>());
            int need = line.quantity();
            List<Allocation> allocations = new ArrayList<>();
            for (String location : locations) {
                int take = Math.min(need, skuLeft.getOrDefault(location, 0));
                if (take > 0) {
                    allocations.add(new Allocation(location, take, rule));
                    skuLeft.merge(location, -take, Integer::sum);
                    need -= take;
                }
                if (need == 0) {
                    break;
                }
            }
            if (need > 0 && !line.backorderable()) {
                int totalAvailable = locations.stream()
                        .mapToInt(l -> available.getOrDefault(line.sku(), Map.of()).getOrDefault(l, 0)).sum();
                shortBySku.put(line.sku(), totalAvailable);
            }
            planned.add(new LineReservation(line.lineNo(), line.sku(), allocations, need));
        }
        if (!shortBySku.isEmpty()) {
            List<Shortage> shortages = new ArrayList<>();
            shortBySku.forEach((sku, avail) -> shortages.add(new Shortage(sku, demand.get(sku), avail)));
            return new Short(shortages);
        }
        return new Planned(planned);
    }

    /** The shortages of these lines against a snapshot, ignoring backorderability (used when races persist). */
    static List<Shortage> shortagesOf(List<ReserveStock.Line> lines, List<Stock> stock) {
        Map<String, Integer> demand = new LinkedHashMap<>();
        lines.forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        List<Shortage> shortages = new ArrayList<>();
        demand.forEach((sku, requested) -> shortages.add(new Shortage(sku, requested,
                stock.stream().filter(s -> s.sku().equals(sku)).mapToInt(s -> Math.max(0, s.available())).sum())));
        return shortages;
    }
}
