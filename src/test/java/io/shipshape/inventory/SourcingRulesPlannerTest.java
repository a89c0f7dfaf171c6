package io.shipshape.inventory;

import static io.shipshape.inventory.PlannerWorld.DEFAULTS;
import static io.shipshape.inventory.PlannerWorld.line;
import static io.shipshape.inventory.PlannerWorld.placedAt;
import static io.shipshape.inventory.PlannerWorld.rules;
import static io.shipshape.inventory.PlannerWorld.shipTo;
import static io.shipshape.inventory.SourcingRuleType.DESTINATION_COUNTRY;
import static io.shipshape.inventory.SourcingRuleType.FEWEST_LOCATIONS;
import static io.shipshape.inventory.SourcingRuleType.NEAREST;
import static io.shipshape.inventory.SourcingRuleType.ORDER_LOCATION;
import static io.shipshape.inventory.SourcingRuleType.PRIORITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.shipshape.inventory.Reservation.Allocation;
import io.shipshape.inventory.SourcingPlanner.Order;
import org.junit.jupiter.api.Test;

/** Each sourcing rule on its own and in order: what it prefers, how ties pass on, and what it says. */
class SourcingRulesPlannerTest {

    private static final double BERLIN_LAT = 52.52;
    private static final double BERLIN_LON = 13.405;

    /** Hamburg (about 255 km from Berlin, priority 9) and Munich (about 505 km, priority 1), both in Germany. */
    private static PlannerWorld germany() {
        return new PlannerWorld().at("HAM", 9, "DE", 53.55, 9.99).at("MUC", 1, "DE", 48.14, 11.58)
                .has("HAM", "X", 10).has("MUC", "X", 10);
    }

    private static Allocation only(List<Reservation.LineReservation> lines) {
        assertThat(lines.get(0).allocations()).hasSize(1);
        return lines.get(0).allocations().get(0);
    }

    @Test
    void destinationCountryPrefersLocationsInTheShippingCountry() {
        var world = new PlannerWorld().at("WH-US", 1, "US", null, null).at("WH-DE", 50, "DE", null, null)
                .has("WH-US", "X", 10).has("WH-DE", "X", 10);

        var chosen = only(world.planned(DEFAULTS, shipTo("DE"), line(1, "X", 2)));

        assertThat(chosen).isEqualTo(new Allocation("WH-DE", 2, "DESTINATION_COUNTRY: WH-DE is in DE"));
    }

    @Test
    void destinationCountryPassesOnWhenNoLocationIsInTheCountry() {
        var world = new PlannerWorld().at("A", 2, "US", null, null).at("B", 1, "CA", null, null)
                .has("A", "X", 10).has("B", "X", 10);

        assertThat(only(world.planned(DEFAULTS, shipTo("FR"), line(1, "X", 1))))
                .isEqualTo(new Allocation("B", 1, "PRIORITY: B has priority 1"));
    }

    @Test
    void priorityBeforeDestinationCountryChangesTheChoice() {
        var world = new PlannerWorld().at("WH-US", 1, "US", null, null).at("WH-DE", 50, "DE", null, null)
                .has("WH-US", "X", 10).has("WH-DE", "X", 10);

        var chosen = only(world.planned(rules(ORDER_LOCATION, PRIORITY, DESTINATION_COUNTRY), shipTo("DE"),
                line(1, "X", 2)));

        assertThat(chosen).isEqualTo(new Allocation("WH-US", 2, "PRIORITY: WH-US has priority 1"));
    }

    @Test
    void fewestLocationsPrefersOneLocationForTheWholeOrderOverTheShippingCountry() {
        var world = new PlannerWorld().at("WH-DE", 1, "DE", null, null).at("WH-FR", 2, "FR", null, null)
                .has("WH-DE", "X", 5).has("WH-FR", "X", 5).has("WH-FR", "Y", 5);

        var lines = world.planned(rules(FEWEST_LOCATIONS, DESTINATION_COUNTRY, PRIORITY), shipTo("DE"),
                line(1, "X", 1), line(2, "Y", 1));

        assertThat(lines.get(0).allocations())
                .containsExactly(new Allocation("WH-FR", 1, "FEWEST_LOCATIONS: WH-FR can ship the whole order"));
        assertThat(lines.get(1).allocations()).extracting(Allocation::location).containsExactly("WH-FR");
    }

    @Test
    void countryFirstSendsEachLineToTheBestLocationThatHasIt() {
        var world = new PlannerWorld().at("WH-DE", 1, "DE", null, null).at("WH-FR", 2, "FR", null, null)
                .has("WH-DE", "X", 5).has("WH-FR", "X", 5).has("WH-FR", "Y", 5);

        var lines = world.planned(DEFAULTS, shipTo("DE"), line(1, "X", 1), line(2, "Y", 1));

        assertThat(lines.get(0).allocations())
                .containsExactly(new Allocation("WH-DE", 1, "DESTINATION_COUNTRY: WH-DE is in DE"));
        assertThat(lines.get(1).allocations())
                .containsExactly(new Allocation("WH-FR", 1, "PRIORITY: only WH-FR has all of it"));
    }

    @Test
    void nearestPrefersTheClosestLocationByGreatCircleDistance() {
        var chosen = only(germany().planned(DEFAULTS, shipTo("DE", BERLIN_LAT, BERLIN_LON), line(1, "X", 1)));

        assertThat(chosen.location()).isEqualTo("HAM");
        assertThat(chosen.rule()).matches("NEAREST: HAM is 25\\d km from the destination");
    }

    @Test
    void nearestTiesWithoutDestinationCoordinatesSoPriorityDecides() {
        assertThat(only(germany().planned(DEFAULTS, shipTo("DE"), line(1, "X", 1))))
                .isEqualTo(new Allocation("MUC", 1, "PRIORITY: MUC has priority 1"));
    }

    @Test
    void nearestRanksLocationsWithoutCoordinatesLast() {
        var world = germany().at("NOWHERE", 0, "DE", null, null).has("NOWHERE", "X", 10);

        var chosen = only(world.planned(DEFAULTS, shipTo("DE", BERLIN_LAT, BERLIN_LON), line(1, "X", 1)));

        assertThat(chosen.location()).isEqualTo("HAM");
    }

    @Test
    void nearestBandsCountDistancesInOneBandAsEqual() {
        List<SourcingRule> banded = List.of(
                new SourcingRule(UUID.randomUUID(), 1, NEAREST, true, Map.of("bandKm", 1000)),
                new SourcingRule(UUID.randomUUID(), 2, PRIORITY, true, null));

        var chosen = only(germany().planned(banded, shipTo("DE", BERLIN_LAT, BERLIN_LON), line(1, "X", 1)));

        assertThat(chosen).isEqualTo(new Allocation("MUC", 1, "PRIORITY: MUC has priority 1"));
    }

    @Test
    void skipsDisabledRules() {
        List<SourcingRule> rules = List.of(
                new SourcingRule(UUID.randomUUID(), 1, NEAREST, false, null),
                new SourcingRule(UUID.randomUUID(), 2, PRIORITY, true, null));

        var chosen = only(germany().planned(rules, shipTo("DE", BERLIN_LAT, BERLIN_LON), line(1, "X", 1)));

        assertThat(chosen).isEqualTo(new Allocation("MUC", 1, "PRIORITY: MUC has priority 1"));
    }

    @Test
    void withoutTheOrderLocationRuleAStoreOrderIsSourcedLikeAnyOther() {
        var world = new PlannerWorld().at("WH", 1).at("STORE", 9).has("WH", "X", 10).has("STORE", "X", 5);

        var chosen = only(world.planned(rules(FEWEST_LOCATIONS, PRIORITY), placedAt("STORE"), line(1, "X", 1)));

        assertThat(chosen).isEqualTo(new Allocation("WH", 1, "PRIORITY: WH has priority 1"));
    }

    @Test
    void namesTheLastRuleAppliedWhenNoRuleSetsTheLocationApart() {
        var world = new PlannerWorld().at("B", 3, "DE", null, null).at("A", 3, "DE", null, null)
                .has("A", "X", 1).has("B", "X", 1);

        assertThat(only(world.planned(rules(DESTINATION_COUNTRY), shipTo("DE"), line(1, "X", 1))))
                .isEqualTo(new Allocation("A", 1, "DESTINATION_COUNTRY: A is in DE, then first by code"));
        assertThat(only(world.planned(List.of(), Order.ANYWHERE, line(1, "X", 1))))
                .isEqualTo(new Allocation("A", 1, "NONE: A comes first by code"));
    }

    @Test
    void explainsEachPartOfASplitLine() {
        var world = new PlannerWorld().at("WH-US", 1, "US", null, null).at("WH-DE", 50, "DE", null, null)
                .at("WH-FR", 2, "FR", null, null)
                .has("WH-US", "X", 3).has("WH-DE", "X", 2).has("WH-FR", "X", 4);

        var lines = world.planned(DEFAULTS, shipTo("DE"), line(1, "X", 8));

        assertThat(lines.get(0).allocations()).containsExactly(
                new Allocation("WH-DE", 2, "DESTINATION_COUNTRY: WH-DE is in DE"),
                new Allocation("WH-FR", 4, "FEWEST_LOCATIONS: WH-FR can ship 4 of 8 units"),
                new Allocation("WH-US", 2, "PRIORITY: only WH-US has any left"));
    }
}
