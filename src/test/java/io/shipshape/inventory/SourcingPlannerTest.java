package io.shipshape.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.shipshape.inventory.InsufficientStock.Shortage;
import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.Reservation.LineReservation;
import io.shipshape.inventory.SourcingPlanner.Planned;
import io.shipshape.inventory.SourcingPlanner.Short;
import io.shipshape.inventory.SourcingPlanner.Stock;
import org.junit.jupiter.api.Test;

/** The sourcing rules, without Spring: forced location, best single location, split, backorders, shortages. */
class SourcingPlannerTest {

    private static ReserveStock.Line line(int lineNo, String sku, int quantity) {
        return new ReserveStock.Line(lineNo, sku, quantity, false);
    }

    private static ReserveStock.Line backorderable(int lineNo, String sku, int quantity) {
        return new ReserveStock.Line(lineNo, sku, quantity, true);
    }

    private static List<LineReservation> planned(SourcingPlanner.Plan plan) {
        assertThat(plan).isInstanceOf(Planned.class);
        return ((Planned) plan).lines();
    }

    private static List<Shortage> shortages(SourcingPlanner.Plan plan) {
        assertThat(plan).isInstanceOf(Short.class);
        return ((Short) plan).shortages();
    }

    @Test
    void takesEveryLineFromTheForcedLocation() {
        var stock = List.of(new Stock("X", "WH", 1, 10), new Stock("X", "STORE", 9, 5), new Stock("Y", "STORE", 9, 1));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 3), line(2, "Y", 1)), stock, "STORE"));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("STORE", 3, SourcingPlanner.FORCED));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("STORE", 1, SourcingPlanner.FORCED));
    }

    @Test
    void reportsShortageAtTheForcedLocationCountingOnlyItsStock() {
        var stock = List.of(new Stock("X", "WH", 1, 10), new Stock("X", "STORE", 9, 1));

        assertThat(shortages(SourcingPlanner.plan(List.of(line(1, "X", 2)), stock, "STORE")))
                .containsExactly(new Shortage("X", 2, 1));
    }

    @Test
    void prefersTheHighestPriorityLocationThatServesTheWholeOrder() {
        var stock = List.of(
                new Stock("X", "A", 1, 10), // best priority, but no Y
                new Stock("X", "B", 5, 10), new Stock("Y", "B", 5, 10),
                new Stock("X", "C", 3, 10), new Stock("Y", "C", 3, 10));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 2), line(2, "Y", 2)), stock, null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("C", 2, SourcingPlanner.SINGLE));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("C", 2, SourcingPlanner.SINGLE));
    }

    @Test
    void breaksPriorityTiesByLocationCode() {
        var stock = List.of(new Stock("X", "B", 1, 10), new Stock("X", "A", 1, 10));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 1)), stock, null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("A", 1, SourcingPlanner.SINGLE));
    }

    @Test
    void needsTheSkuTotalOfAllLinesAtOneLocationToServeFromIt() {
        var stock = List.of(new Stock("X", "A", 1, 3), new Stock("X", "B", 2, 5));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 2), line(2, "X", 2)), stock, null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("B", 2, SourcingPlanner.SINGLE));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("B", 2, SourcingPlanner.SINGLE));
    }

    @Test
    void splitsInPriorityOrderWhenNoLocationServesAll() {
        var stock = List.of(new Stock("X", "C", 3, 5), new Stock("X", "A", 1, 2), new Stock("X", "B", 2, 2),
                new Stock("Y", "B", 2, 1));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 6), line(2, "Y", 1)), stock, null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("A", 2, SourcingPlanner.SPLIT),
                new Allocation("B", 2, SourcingPlanner.SPLIT), new Allocation("C", 2, SourcingPlanner.SPLIT));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("B", 1, SourcingPlanner.SPLIT));
        assertThat(lines).allSatisfy(l -> assertThat(l.backordered()).isZero());
    }

    @Test
    void doesNotCountAUnitTwiceForTwoLinesOfTheSameSku() {
        var stock = List.of(new Stock("X", "A", 1, 3), new Stock("X", "B", 2, 2));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 2), line(2, "X", 3)), stock, null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("A", 2, SourcingPlanner.SPLIT));
        assertThat(lines.get(1).allocations()).containsExactly(new Allocation("A", 1, SourcingPlanner.SPLIT),
                new Allocation("B", 2, SourcingPlanner.SPLIT));
    }

    @Test
    void backordersWhatABackorderableLineCannotGet() {
        var stock = List.of(new Stock("X", "A", 1, 2), new Stock("X", "B", 2, 1));

        var lines = planned(SourcingPlanner.plan(List.of(backorderable(1, "X", 5), backorderable(2, "Z", 4)), stock,
                null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("A", 2, SourcingPlanner.SPLIT),
                new Allocation("B", 1, SourcingPlanner.SPLIT));
        assertThat(lines.get(0).backordered()).isEqualTo(2);
        assertThat(lines.get(1).allocations()).isEmpty();
        assertThat(lines.get(1).backordered()).isEqualTo(4);
    }

    @Test
    void listsEveryShortSkuWithItsTotalDemandAndWhatIsAvailable() {
        var stock = List.of(new Stock("X", "A", 1, 3), new Stock("X", "B", 2, 1), new Stock("Y", "A", 1, 10),
                new Stock("Z", "A", 1, -2));

        var result = shortages(SourcingPlanner.plan(List.of(line(1, "X", 2), line(2, "Y", 1), line(3, "X", 3),
                line(4, "Z", 1), backorderable(5, "W", 7)), stock, null));

        assertThat(result).containsExactlyInAnyOrder(new Shortage("X", 5, 4), new Shortage("Z", 1, 0));
    }

    @Test
    void treatsOverReservedStockAsNothingAvailable() {
        var stock = List.of(new Stock("X", "A", 1, -5), new Stock("X", "B", 2, 2));

        var lines = planned(SourcingPlanner.plan(List.of(line(1, "X", 2)), stock, null));

        assertThat(lines.get(0).allocations()).containsExactly(new Allocation("B", 2, SourcingPlanner.SINGLE));
    }
}
