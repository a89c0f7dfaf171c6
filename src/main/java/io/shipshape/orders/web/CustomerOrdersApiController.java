package io.shipshape.orders.web;

import java.util.UUID;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.orders.OrderFilter;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.web.OrderApiModels.OrderList;
import io.shipshape.orders.web.OrderApiModels.OrderSummaryResponse;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/customers/{id}/orders}: served by orders, which owns them. */
@RestController
@Tag(name = "Customers")
class CustomerOrdersApiController {

    private final OrderManagement orders;
    private final CustomerManagement customers;

    CustomerOrdersApiController(OrderManagement orders, CustomerManagement customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @GetMapping(value = "/api/v1/customers/{id}/orders", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    OrderList orders(@PathVariable String id, @RequestParam(required = false) Integer limit,
                     @RequestParam(required = false) String cursor) {
        UUID customerId = NotFound.uuid("Customer", id);
        customers.get(new CustomerId(customerId));
        var page = orders.list(new OrderFilter(null, null, customerId, null, null, null, null),
                PageRequest.of(limit, cursor));
        return new OrderList(page.items().stream().map(OrderSummaryResponse::of).toList(), page.nextCursor());
    }
}
