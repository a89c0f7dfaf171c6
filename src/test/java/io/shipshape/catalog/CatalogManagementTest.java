package io.shipshape.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;

import io.shipshape.ShipshapeTest;
import io.shipshape.Race;
import io.shipshape.TestData;
import io.shipshape.shared.DomainException;
import io.shipshape.shared.Money;
import io.shipshape.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The catalog's module API: events, the order-capture read, and SKU uniqueness under concurrency. */
@ShipshapeTest
@RecordApplicationEvents
class CatalogManagementTest {

    @Autowired
    CatalogManagement catalog;
    @Autowired
    ApplicationEvents events;

    @Test
    void publishesProductCreatedAndProductUpdated() {
        String sku = TestData.unique("EVT");
        ProductView created = catalog.create(new CreateProduct(sku, "Kettle", Money.of(2500, "GBP"), null, null, null));
        catalog.update(sku, new UpdateProduct(null, Money.of(2400, "GBP"), null, null, null, null));

        assertThat(events.stream(ProductCreated.class)).containsExactly(new ProductCreated(created.id(), sku));
        assertThat(events.stream(ProductUpdated.class)).containsExactly(new ProductUpdated(created.id(), sku));
    }

    @Test
    void updateThatChangesNothingPublishesNothing() {
        String sku = TestData.unique("SAME");
        ProductView created = catalog.create(new CreateProduct(sku, "Kettle", Money.of(2500, "GBP"), 10, null, true));

        ProductView after = catalog.update(sku,
                new UpdateProduct("Kettle", Money.of(2500, "GBP"), 10, null, true, true));

        assertThat(after).isEqualTo(created);
        assertThat(events.stream(ProductUpdated.class)).isEmpty();
    }

    @Test
    void findBySkusReturnsOnlyTheProductsFoundIncludingInactiveOnes() {
        String active = TestData.unique("FIND");
        String inactive = TestData.unique("FIND");
        catalog.create(new CreateProduct(active, "On sale", Money.of(100, "USD"), null, null, false));
        catalog.create(new CreateProduct(inactive, "Retired", Money.of(100, "USD"), null, null, false));
        catalog.update(inactive, new UpdateProduct(null, null, null, null, null, false));

        Map<String, ProductView> found = catalog.findBySkus(
                Arrays.asList(active, inactive, TestData.unique("MISSING"), "not a sku", null, active));

        assertThat(found).containsOnlyKeys(active, inactive);
        assertThat(found.get(inactive).active()).isFalse();
        assertThat(catalog.findBySkus(List.of())).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneSkuMakeOneProductAndDuplicatesForTheRest() throws Exception {
        String sku = TestData.unique("RACE");
        int threads = 16;
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "Racer " + i;
            calls.add(() -> {
                try {
                    catalog.create(new CreateProduct(sku, name, Money.of(100, "USD"), null, null, null));
                    return "created";
                } catch (DomainException e) {
                    return e.type().name();
                }
            });
        }
        List<String> outcomes = Race.run(calls, threads);

        assertThat(outcomes).containsOnlyOnce("created");
        assertThat(outcomes).filteredOn(o -> !o.equals("created"))
                .hasSize(threads - 1).containsOnly(ProblemType.DUPLICATE_SKU.name());
    }

    @Test
    void rejectsInvalidCommandsFromAnyCaller() {
        assertThatThrownBy(() -> catalog.create(new CreateProduct("bad sku", "", null, -1, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED));
    }
}
