package io.shipshape.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.inventory.InsufficientStock.Shortage;
import io.shipshape.inventory.Reservation.LineReservation;
import io.shipshape.inventory.SourcingPlanner.Order;
import io.shipshape.inventory.SourcingPlanner.Planned;
import io.shipshape.inventory.SourcingPlanner.Short;
import io.shipshape.inventory.SourcingPlanner.Site;
import io.shipshape.inventory.SourcingPlanner.Stock;

/** Locations, stock and rules for planner tests, built fluently. */
final class PlannerWorld {

    static final List<SourcingRule> DEFAULTS = rules(SourcingRuleType.ORDER_LOCATION,
            SourcingRuleType.DESTINATION_COUNTRY, SourcingRuleType.FEWEST_LOCATIONS, SourcingRuleType.NEAREST,
            SourcingRuleType.PRIORITY);

    final Map<String, Site> sites = new HashMap<>();
    final List<Stock> stock = new ArrayList<>();

    /** A location in the US without coordinates. */
    PlannerWorld at(String code, int priority) {
        return at(code, priority, "US", null, null);
    }

    PlannerWorld at(String code, int priority, String country, Double latitude, Double longitude) {
        sites.put(code, new Site(code, priority, country, latitude, longitude));
        return this;
    }

    /** {@code available} units of the SKU at the location (which must exist). */
    PlannerWorld has(String location, String sku, int available) {
        stock.add(new Stock(sku, location, available));
        return this;
    }

    SourcingPlanner.Plan plan(List<SourcingRule> rules, Order order, ReserveStock.Line... lines) {
        return SourcingPlanner.plan(List.of(lines), stock, sites, order, rules);
    }

    List<LineReservation> planned(List<SourcingRule> rules, Order order, ReserveStock.Line... lines) {
        SourcingPlanner.Plan plan = plan(rules, order, lines);
        if (!(plan instanceof Planned p)) {
            throw new AssertionError("expected a plan but got " + plan);
        }
        return p.lines();
    }

    List<LineReservation> planned(ReserveStock.Line... lines) {
        return planned(DEFAULTS, Order.ANYWHERE, lines);
    }

    List<Shortage> shortages(List<SourcingRule> rules, Order order, ReserveStock.Line... lines) {
        SourcingPlanner.Plan plan = plan(rules, order, lines);
        if (!(plan instanceof Short s)) {
            throw new AssertionError("expected shortages but got " + plan);
        }
        return s.shortages();
    }

    static List<SourcingRule> rules(SourcingRuleType... types) {
        List<SourcingRule> rules = new ArrayList<>();
        Arrays.stream(types).forEach(t -> rules.add(new SourcingRule(UUID.randomUUID(), rules.size() + 1, t, true, null)));
        return rules;
    }

    static ReserveStock.Line line(int lineNo, String sku, int quantity) {
        return new ReserveStock.Line(lineNo, sku, quantity, false);
    }

    static ReserveStock.Line backorderable(int lineNo, String sku, int quantity) {
        return new ReserveStock.Line(lineNo, sku, quantity, true);
    }

    static Order shipTo(String country) {
        return new Order(null, country, null, null);
    }

    static Order shipTo(String country, double latitude, double longitude) {
        return new Order(null, country, latitude, longitude);
    }

    static Order placedAt(String location) {
        return new Order(location, null, null, null);
    }
}
