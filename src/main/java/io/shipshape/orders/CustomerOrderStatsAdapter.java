package io.shipshape.orders;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerOrderStats;
import org.springframework.stereotype.Component;

/** Supplies the customers module with order counts and lifetime value, without it depending on orders. */
@Component
class CustomerOrderStatsAdapter implements CustomerOrderStats {

    private final OrderQueries queries;

    CustomerOrderStatsAdapter(OrderQueries queries) {
        this.queries = queries;
    }

    @Override
    public Stats statsFor(CustomerId id) {
        return new Stats(queries.orderCount(id.value()), queries.lifetimeValue(id.value()));
    }
}
