package io.shipshape.inventory;

import java.util.Map;

import io.shipshape.inventory.SourcingPlanner.Order;
import io.shipshape.inventory.SourcingPlanner.Site;

/**
 * How one ranking rule scores a location for an order (lower is better) and says why it chose one. Scores are
 * fixed for the whole order, so the rules together give one ranking of the candidate locations.
 * {@code ORDER_LOCATION} is not a score but a filter, applied by {@link SourcingPlanner} itself.
 */
final class SourcingCriteria {

    /** Facts about the whole order that the scores need. */
    record Context(Order order, Map<String, Integer> demand, Map<String, Map<String, Integer>> available,
                   int totalUnits) {

        int coveredUnits(String location) {
            int covered = 0;
            for (var d : demand.entrySet()) {
                covered += Math.min(d.getValue(), available.getOrDefault(d.getKey(), Map.of()).getOrDefault(location, 0));
            }
            return covered;
        }
    }

    private SourcingCriteria() {
    }

    static double score(SourcingRule rule, Site site, Context ctx) {
        Order order = ctx.order();
        return switch (rule.type()) {
            case ORDER_LOCATION -> 0;
            case DESTINATION_COUNTRY -> order.country() == null || order.country().equalsIgnoreCase(site.country()) ? 0 : 1;
            case FEWEST_LOCATIONS -> ctx.totalUnits() - ctx.coveredUnits(site.code());
            case NEAREST -> {
                if (order.latitude() == null || order.longitude() == null) {
                    yield 0;
                }
                Double km = distanceKm(site, order);
                if (km == null) {
                    yield Double.MAX_VALUE;
                }
                double band = bandKm(rule);
                yield band > 0 ? Math.floor(km / band) : km;
            }
            case PRIORITY -> site.priority();
        };
    }

    /** Why this rule preferred the site, e.g. {@code DESTINATION_COUNTRY: WH-EAST is in US}. */
    static String explain(SourcingRule rule, Site site, Context ctx) {
        String code = site.code();
        String why = switch (rule.type()) {
            case ORDER_LOCATION -> "the order was placed at " + code;
            case DESTINATION_COUNTRY -> code + " is in " + site.country();
            case FEWEST_LOCATIONS -> {
                int covered = ctx.coveredUnits(code);
                yield covered >= ctx.totalUnits() ? code + " can ship the whole order"
                        : code + " can ship " + covered + " of " + ctx.totalUnits() + " units";
            }
            case NEAREST -> {
                Double km = distanceKm(site, ctx.order());
                yield km == null ? code + " is nearest" : code + " is " + Math.round(km) + " km from the destination";
            }
            case PRIORITY -> code + " has priority " + site.priority();
        };
        return rule.type().name() + ": " + why;
    }

    private static Double distanceKm(Site site, Order order) {
        if (site.latitude() == null || site.longitude() == null || order.latitude() == null
                || order.longitude() == null) {
            return null;
        }
        return Geo.distanceKm(order.latitude(), order.longitude(), site.latitude(), site.longitude());
    }

    private static double bandKm(SourcingRule rule) {
        return rule.params().get("bandKm") instanceof Number n ? n.doubleValue() : 0;
    }
}
