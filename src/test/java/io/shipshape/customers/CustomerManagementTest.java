package io.shipshape.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Set;

import io.shipshape.ShipshapeTest;
import io.shipshape.Race;
import io.shipshape.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The customers module API as order capture uses it: find-or-create, also under concurrency. */
@ShipshapeTest
@RecordApplicationEvents
class CustomerManagementTest {

    @Autowired
    CustomerManagement customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    @Test
    void findOrCreateCreatesOnceAndNeverOverwritesAnExistingCustomer() {
        String email = TestData.unique("grace").toLowerCase() + "@example.com";

        CustomerView created = customers.findOrCreate("  " + email.toUpperCase() + " ", "Grace Hopper", "555-0100");
        CustomerView found = customers.findOrCreate(email, "G. Hopper", "555-0199");

        assertThat(created.email()).isEqualTo(email);
        assertThat(found).isEqualTo(created);
        assertThat(found.name()).isEqualTo("Grace Hopper");
        assertThat(found.phone()).isEqualTo("555-0100");
        assertThat(events.stream(CustomerCreated.class)).containsExactly(new CustomerCreated(created.id(), email));
    }

    @Test
    void fiftyConcurrentOrderCapturesOfANewEmailShareOneCustomer() throws Exception {
        String email = TestData.unique("rush").toLowerCase() + "@example.com";
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        int threads = 50;
        List<Callable<CustomerId>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "Buyer " + i;
            // Like order capture: find-or-create inside the caller's transaction, which then goes on.
            calls.add(() -> tx.execute(status -> {
                CustomerView customer = customers.findOrCreate(email, name, null);
                jdbc.sql("SELECT COUNT(*) FROM customers WHERE id = :id").param("id", customer.id().value())
                        .query(Long.class).single();
                return customer.id();
            }));
        }
        Set<CustomerId> ids = new HashSet<>(Race.run(calls, threads));

        assertThat(ids).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customers WHERE email = :e").param("e", email)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void createPublishesCustomerCreated() {
        String email = TestData.unique("event").toLowerCase() + "@example.com";

        CustomerView created = customers.create(new CreateCustomer(email, "Evelyn", null));

        assertThat(customers.get(created.id())).isEqualTo(created);
        assertThat(events.stream(CustomerCreated.class)).containsExactly(new CustomerCreated(created.id(), email));
    }
}
