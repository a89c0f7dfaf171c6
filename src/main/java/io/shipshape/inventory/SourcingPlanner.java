package io.shipshape.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.shipshape.inventory.InsufficientStock.Shortage;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.Reservation.LineReservation;
import io.shipshape.inventory.SourcingCriteria.Context;

/**
 * Chooses where each line is reserved, from a snapshot of availability and the ordered {@link SourcingRule}s.
 * Pure logic, no I/O.
 * <ol>
 * <li>Candidates are the locations with stock for the order. An enabled {@code ORDER_LOCATION} rule narrows them
 * to the order's own location when it names one.</li>
 * <li>The other enabled rules rank the candidates, in their order: a later rule only breaks ties left by the
 * earlier ones, and the location code breaks any tie left at the end.</li>
 * <li>Each line goes to the first location in that ranking that has all of it; when none has, it is split across
 * the locations in ranking order. A backorderable line takes what there is and backorders the rest; any other
 * shortfall makes the plan fail with the shortages.</li>
 * </ol>
 * Every allocation says why ({@link Allocation#rule()}): the rule that singled its location out from the
 * alternatives that could also have served the line, or the last rule applied when no rule did.
 */
final class SourcingPlanner {

    /** The longest explanation kept (the allocation's rule column). */
    static final int MAX_EXPLANATION = 200;

    /** A location as the rules see it. */
    record Site(String code, int priority, String country, Double latitude, Double longitude) {
    }

    /** Available units of one SKU at one location (negative counts as none). */
    record Stock(String sku, String location, int available) {
    }

    /** What the rules know about the order: its own location (or null) and where it ships (each may be null). */
    record Order(String locationCode, String country, Double latitude, Double longitude) {
        static final Order ANYWHERE = new Order(null, null, null, null);
    }

    sealed interface Plan {
    }

    record Planned(List<LineReservation> lines) implements Plan {
    }

    record Short(List<Shortage> shortages) implements Plan {
    }

    private SourcingPlanner() {
    }

    static Plan plan(List<ReserveStock.Line> lines, List<Stock> stock, Map<String, Site> sites, Order order,
                     List<SourcingRule> rules) {
        Map<String, Integer> demand = new LinkedHashMap<>();
        lines.forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        Map<String, Map<String, Integer>> available = new HashMap<>();
        for (Stock s : stock) {
            if (demand.containsKey(s.sku()) && s.available() > 0) {
                available.computeIfAbsent(s.sku(), k -> new HashMap<>()).merge(s.location(), s.available(), Integer::sum);
            }
        }
        List<SourcingRule> enabled = rules.stream().filter(SourcingRule::enabled).toList();
        boolean forced = order.locationCode() != null
                && enabled.stream().anyMatch(r -> r.type() == SourcingRuleType.ORDER_LOCATION);
        List<SourcingRule> ranking = enabled.stream().filter(r -> r.type() != SourcingRuleType.ORDER_LOCATION).toList();
        Context ctx = new Context(order, demand, available, demand.values().stream().mapToInt(Integer::intValue).sum());

        List<Site> candidates = new ArrayList<>();
        if (forced) {
            candidates.add(site(sites, order.locationCode()));
        } else {
            available.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                    .forEach(code -> candidates.add(site(sites, code)));
        }
        Map<String, double[]> scores = new HashMap<>();
        for (Site s : candidates) {
            scores.put(s.code(), ranking.stream().mapToDouble(r -> SourcingCriteria.score(r, s, ctx)).toArray());
        }
        Comparator<Site> byScores = (a, b) -> Arrays.compare(scores.get(a.code()), scores.get(b.code()));
        candidates.sort(byScores.thenComparing(Site::code));
        Explainer explainer = new Explainer(forced, ranking, scores, ctx);
        return fill(lines, candidates, available, demand, explainer);
    }

    private static Plan fill(List<ReserveStock.Line> lines, List<Site> ranked, Map<String, Map<String, Integer>> available,
                             Map<String, Integer> demand, Explainer explainer) {
        Map<String, Map<String, Integer>> left = new HashMap<>();
        available.forEach((sku, m) -> left.put(sku, new HashMap<>(m)));
        List<LineReservation> planned = new ArrayList<>();
        Map<String, Integer> shortBySku = new LinkedHashMap<>();
        for (ReserveStock.Line line : lines) {
            Map<String, Integer> skuLeft = left.computeIfAbsent(line.sku(), k -> new HashMap<>());
            int need = line.quantity();
            List<Allocation> allocations = new ArrayList<>();
            List<Site> whole = ranked.stream().filter(s -> skuLeft.getOrDefault(s.code(), 0) >= line.quantity()).toList();
            List<Site> from = whole.isEmpty()
                    ? new ArrayList<>(ranked.stream().filter(s -> skuLeft.getOrDefault(s.code(), 0) > 0).toList())
                    : new ArrayList<>(whole.subList(0, 1));
            List<Site> alternatives = whole.isEmpty() ? from : whole;
            for (Site site : from) {
                int take = Math.min(need, skuLeft.getOrDefault(site.code(), 0));
                if (take > 0) {
                    allocations.add(new Allocation(site.code(), take, explainer.why(site, alternatives, !whole.isEmpty())));
                    skuLeft.merge(site.code(), -take, Integer::sum);
                    need -= take;
                }
                alternatives = alternatives.subList(1, alternatives.size());
                if (need == 0) {
                    break;
                }
            }
            if (need > 0 && !line.backorderable()) {
                int total = ranked.stream().mapToInt(s -> available.getOrDefault(line.sku(), Map.of())
                        .getOrDefault(s.code(), 0)).sum();
                shortBySku.put(line.sku(), total);
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

    /** Names the rule that singled a location out from the alternatives, with its reason. */
    private record Explainer(boolean forced, List<SourcingRule> rules, Map<String, double[]> scores, Context ctx) {

        /**
         * {@code alternatives}: the ranked locations that could have served the line, {@code chosen} first;
         * {@code whole}: they could serve all of it (else it is split).
         */
        String why(Site chosen, List<Site> alternatives, boolean whole) {
            if (forced) {
                return cap("ORDER_LOCATION: the order was placed at " + chosen.code());
            }
            List<Site> tied = alternatives;
            for (int i = 0; i < rules.size(); i++) {
                int rule = i;
                double best = scores.get(chosen.code())[rule];
                List<Site> next = tied.stream().filter(s -> scores.get(s.code())[rule] == best).toList();
                if (next.size() == 1 && tied.size() > 1) {
                    return cap(SourcingCriteria.explain(rules.get(rule), chosen, ctx));
                }
                tied = next;
            }
            if (rules.isEmpty()) {
                return cap("NONE: " + chosen.code() + " comes first by code");
            }
            SourcingRule last = rules.get(rules.size() - 1);
            if (alternatives.size() == 1) {
                return cap(last.type().name() + ": only " + chosen.code() + (whole ? " has all of it" : " has any left"));
            }
            return cap(SourcingCriteria.explain(last, chosen, ctx) + ", then first by code");
        }

        private static String cap(String text) {
            return text.length() <= MAX_EXPLANATION ? text : text.substring(0, MAX_EXPLANATION);
        }
    }

    private static Site site(Map<String, Site> sites, String code) {
        Site site = sites.get(code);
        return site != null ? site : new Site(code, Integer.MAX_VALUE, null, null, null);
    }

    /**
     * The shortages of these lines against a snapshot, ignoring backorderability (used when races persist); only the
     * order's own location counts when {@code ORDER_LOCATION} applies.
     */
    static List<Shortage> shortagesOf(List<ReserveStock.Line> lines, List<Stock> snapshot, Order order,
                                      List<SourcingRule> rules) {
        boolean forced = order.locationCode() != null && rules.stream()
                .anyMatch(r -> r.enabled() && r.type() == SourcingRuleType.ORDER_LOCATION);
        List<Stock> stock = forced ? snapshot.stream().filter(s -> s.location().equals(order.locationCode())).toList()
                : snapshot;
        Map<String, Integer> demand = new LinkedHashMap<>();
        lines.forEach(l -> demand.merge(l.sku(), l.quantity(), Integer::sum));
        List<Shortage> shortages = new ArrayList<>();
        demand.forEach((sku, requested) -> shortages.add(new Shortage(sku, requested,
                stock.stream().filter(s -> s.sku().equals(sku)).mapToInt(s -> Math.max(0, s.available())).sum())));
        return shortages;
    }
}
