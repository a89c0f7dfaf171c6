package io.shipshape.orders;

import java.util.List;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerOrderStats;
import org.springframework.stereotype.Component;

/**
 * Supplies the customers module with order counts, lifetime value and a customer's latest orders, without it
 * depending on orders.
 */
@Component
class CustomerOrderStatsAdapter implements CustomerOrderStats {

    private final OrderQueries queries;
    private final OrderListQuery list;

    CustomerOrderStatsAdapter(OrderQueries queries, OrderListQuery list) {
        this.queries = queries;
        this.list = list;
    }

    @Override
    public Stats statsFor(CustomerId id) {
        return new Stats(queries.orderCount(id.value()), queries.lifetimeValue(id.value()));
    }

    /** One query: the order list filtered by customer, first page. */
    @Override
    public List<RecentOrder> recentOrders(CustomerId id, int limit) {
        OrderFilter byCustomer = new OrderFilter(null, null, id.value(), null, null, null, null);
        return list.list(byCustomer, null, limit).stream()
                .map(o -> new RecentOrder(o.id().toString(), o.number(), o.status().name(), o.paymentStatus().name(),
                        o.fulfillmentStatus().name(), o.channel().name(), o.total(), o.createdAt()))
                .toList();
    }
}
