package io.shipshape.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerOrderStats;
import io.shipshape.customers.CustomerView;
import io.shipshape.customers.web.CustomerApiModels.CustomerResponse;
import io.shipshape.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Where a customer's order statistics come from, without Spring's web layer. */
class CustomerApiControllerTest {

    private final CustomerManagement customers = mock(CustomerManagement.class);
    private final CustomerView ada = new CustomerView(new CustomerId(UUID.randomUUID()), "ada@example.com", "Ada",
            null, false, Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void reportsNoOrdersWhenNoModuleSuppliesStatistics() {
        when(customers.get(ada.id())).thenReturn(ada);
        var controller = new CustomerApiController(customers,
                new StaticListableBeanFactory().getBeanProvider(CustomerOrderStats.class));

        CustomerResponse response = controller.get(ada.id().toString());

        assertThat(response.orderCount()).isZero();
        assertThat(response.lifetimeValue()).isEmpty();
    }

    @Test
    void reportsTheStatisticsOfTheOrdersModule() {
        when(customers.get(ada.id())).thenReturn(ada);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("stats", (CustomerOrderStats) id -> new CustomerOrderStats.Stats(3,
                List.of(Money.of(5000, "USD"), Money.of(1200, "EUR"))));
        var controller = new CustomerApiController(customers, beans.getBeanProvider(CustomerOrderStats.class));

        CustomerResponse response = controller.get(ada.id().toString());

        assertThat(response.orderCount()).isEqualTo(3);
        assertThat(response.lifetimeValue()).containsExactly(Money.of(5000, "USD"), Money.of(1200, "EUR"));
    }
}
