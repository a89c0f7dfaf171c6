package io.shipshape.inventory;

import static io.shipshape.inventory.PlannerWorld.DEFAULTS;
import static io.shipshape.inventory.PlannerWorld.backorderable;
import static io.shipshape.inventory.PlannerWorld.line;
import static io.shipshape.inventory.PlannerWorld.placedAt;
import static io.shipshape.inventory.PlannerWorld.rules;
import static io.shipshape.inventory.SourcingRuleType.PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.shipshape.inventory.InsufficientStock.Shortage;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.SourcingPlanner.Order;
import org.junit.jupiter.api.Test;

/**
 * Planning with the default rules, without Spring: the order's own location, one location for the whole order,
 * splits, backorders, shortages, and what each allocation says about why.
 */
class SourcingPlannerTest {

    @Test
    void takesEveryLineFromTheOrdersOwnLocation() {
        var world = new PlannerWorld().at("WH", 1).at("STORE", 9).has("WH", "X", 10).has("STORE", "X", 5)
                .has("STORE", "Y", 1);

        var lines = world.planned(DEFAULTS, placedAt("STORE"), line(1, "X", 3), line(2, "Y", 1));

        assertThat(lines.get(0).allocations())
                .containsExactly(new Allocation("STORE", 3, "ORDER_LOCATION: the order was placed at STORE"));
        assertThat(lines.get(1).allocations())
                .containsExactly(new Allocation("STORE", 1, "ORDER_LOCATION: the order was placed at STORE"));
    }

    @Test
    void reportsShortageAtTheOrdersOwnLocationCountingOnlyItsStock() {
        var world = new PlannerWorld().at("WH", 1).at("STORE", 9).has("WH", "X", 10).has("STORE", "X", 1);

        assertThat(world.shortages(DEFAULTS, placedAt("STORE"), line(1, "X", 2))).containsExactly(new Shortage("X", 2, 1));
    }

    @Test
    void backordersAtTheOrdersOwnLocationWhatItLacks() {
        var world = new PlannerWorld().at("WH", 1).at("STORE", 9).has("WH", "X", 10).has("STORE", "X", 1);

        var lines = world.planned(DEFAULTS, placedAt("STORE"), backorderable(1, "X", 3));

        assertThat(lines.get(0).allocations()).extracting(Allocation::location, Allocation::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STORE", 1));
        assertThat(lines.get(0).backordered()).isEqualTo(2);
    }

    @Test
    void prefersTheBestPriorityAmongLocationsThatServeTheWholeOrder() {
        var world = new PlannerWorld().at("A", 1).at("B", 5).at("C", 3)
                .has("A", "X", 10) // best priority, but no Y
                .has("B", "X", 10).has("B", "Y", 10).has("C", "X", 10).has("C", "Y", 10);

        var lines = world.planned(line(1, "X", 2), line(2, "Y", 2));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("C", 2, "PRIORITY: C has priority 3"));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("C", 2, "PRIORITY: C has priority 3"));
    }

    @Test
    void breaksPriorityTiesByLocationCode() {
        var world = new PlannerWorld().at("B", 1).at("A", 1).has("B", "X", 10).has("A", "X", 10);

        var lines = world.planned(line(1, "X", 1));

        assertThat(lines.get(0).allocations())
                .containsExactly(new Allocation("A", 1, "PRIORITY: A has priority 1, then first by code"));
    }

    @Test
    void needsTheSkuTotalOfAllLinesAtOneLocationToServeFromIt() {
        var world = new PlannerWorld().at("A", 1).at("B", 2).has("A", "X", 3).has("B", "X", 5);

        var lines = world.planned(line(1, "X", 2), line(2, "X", 2));

        var fewest = new Allocation("B", 2, "FEWEST_LOCATIONS: B can ship the whole order");
        assertThat(lines.get(0).allocations()).containsExactly(fewest);
        assertThat(lines.get(1).allocations()).containsExactly(fewest);
    }

    @Test
    void splitsALineFromTheLocationsThatCoverMostWhenNoneHasItAll() {
        var world = new PlannerWorld().at("C", 3).at("A", 1).at("B", 2)
                .has("C", "X", 5).has("A", "X", 2).has("B", "X", 2).has("B", "Y", 1);

        var lines = world.planned(line(1, "X", 6), line(2, "Y", 1));

        assertThat(lines.get(0).allocations()).containsExactly(
                new Allocation("C", 5, "FEWEST_LOCATIONS: C can ship 5 of 7 units"),
                new Allocation("B", 1, "FEWEST_LOCATIONS: B can ship 3 of 7 units"));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("B", 1, "PRIORITY: only B has all of it"));
        assertThat(lines).allSatisfy(l -> assertThat(l.backordered()).isZero());
    }

    @Test
    void splitsInPriorityOrderWhenPriorityIsTheOnlyRule() {
        var world = new PlannerWorld().at("C", 3).at("A", 1).at("B", 2)
                .has("C", "X", 5).has("A", "X", 2).has("B", "X", 2).has("B", "Y", 1);

        var lines = world.planned(rules(PRIORITY), Order.ANYWHERE, line(1, "X", 6), line(2, "Y", 1));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("A", 2, "PRIORITY: A has priority 1"),
                new Allocation("B", 2, "PRIORITY: B has priority 2"),
                new Allocation("C", 2, "PRIORITY: only C has any left"));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("B", 1, "PRIORITY: only B has all of it"));
    }

    @Test
    void doesNotCountAUnitTwiceForTwoLinesOfTheSameSku() {
        var world = new PlannerWorld().at("A", 1).at("B", 2).has("A", "X", 3).has("B", "X", 2);

        var lines = world.planned(rules(PRIORITY), Order.ANYWHERE, line(1, "X", 2), line(2, "X", 3));

        assertThat(lines.get(0).allocations()).extracting(Allocation::location).containsExactly("A");
        assertThat(lines.get(1).allocations()).extracting(Allocation::location, Allocation::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1), org.assertj.core.groups.Tuple.tuple("B", 2));
    }

    @Test
    void backordersWhatABackorderableLineCannotGet() {
        var world = new PlannerWorld().at("A", 1).at("B", 2).has("A", "X", 2).has("B", "X", 1);

        var lines = world.planned(backorderable(1, "X", 5), backorderable(2, "Z", 4));

        assertThat(lines.get(0).allocations()).extracting(Allocation::location, Allocation::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 2), org.assertj.core.groups.Tuple.tuple("B", 1));
        assertThat(lines.get(0).backordered()).isEqualTo(2);
        assertThat(lines.get(1).allocations()).isEmpty();
        assertThat(lines.get(1).backordered()).isEqualTo(4);
    }

    @Test
    void listsEveryShortSkuWithItsTotalDemandAndWhatIsAvailable() {
        var world = new PlannerWorld().at("A", 1).at("B", 2)
                .has("A", "X", 3).has("B", "X", 1).has("A", "Y", 10).has("A", "Z", -2);

        var result = world.shortages(DEFAULTS, Order.ANYWHERE, line(1, "X", 2), line(2, "Y", 1), line(3, "X", 3),
                line(4, "Z", 1), backorderable(5, "W", 7));

        assertThat(result).containsExactlyInAnyOrder(new Shortage("X", 5, 4), new Shortage("Z", 1, 0));
    }

    @Test
    void treatsOverReservedStockAsNothingAvailable() {
        var world = new PlannerWorld().at("A", 1).at("B", 2).has("A", "X", -5).has("B", "X", 2);

        var lines = world.planned(line(1, "X", 2));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("B", 2, "PRIORITY: only B has all of it"));
    }
}
