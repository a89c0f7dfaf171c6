package io.shipshape.customers.web;

import java.net.URI;

import io.shipshape.customers.CustomerId;
import io.shipshape.customers.CustomerManagement;
import io.shipshape.customers.CustomerOrderStats;
import io.shipshape.customers.CustomerOrderStats.Stats;
import io.shipshape.customers.CustomerView;
import io.shipshape.customers.web.CustomerApiModels.CreateCustomerRequest;
import io.shipshape.customers.web.CustomerApiModels.CustomerResponse;
import io.shipshape.customers.web.CustomerApiModels.CustomerSummary;
import io.shipshape.shared.NotFound;
import io.shipshape.shared.Page;
import io.shipshape.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers}: register, read (with order count and lifetime value from the orders module's
 * {@link CustomerOrderStats}, when present) and search customers. Scopes {@code customers:read/write}.
 */
@RestController
@RequestMapping(value = "/api/v1/customers", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Customers")
class CustomerApiController {

    private final CustomerManagement customers;
    private final ObjectProvider<CustomerOrderStats> orderStats;

    CustomerApiController(CustomerManagement customers, ObjectProvider<CustomerOrderStats> orderStats) {
        this.customers = customers;
        this.orderStats = orderStats;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a customer; an email that exists (any case) is a 409 duplicate-customer")
    ResponseEntity<CustomerResponse> create(@Valid @RequestBody CreateCustomerRequest request) {
        CustomerView customer = customers.create(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id()))
                .body(CustomerResponse.of(customer, Stats.none()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a customer with order count and lifetime value (one amount per currency)")
    CustomerResponse get(@PathVariable String id) {
        CustomerView customer = customers.get(parse(id));
        CustomerOrderStats stats = orderStats.getIfAvailable();
        return CustomerResponse.of(customer, stats == null ? Stats.none() : stats.statsFor(customer.id()));
    }

    @GetMapping
    @Operation(summary = "List customers in email order; query matches an email prefix or part of the name, any case")
    Page<CustomerSummary> list(@RequestParam(required = false) String query,
                               @RequestParam(required = false) Integer limit,
                               @RequestParam(required = false) String cursor) {
        return customers.list(query, PageRequest.of(limit, cursor)).map(CustomerSummary::of);
    }

    @PostMapping(value = "/{id}/blocked", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Block or unblock a customer", description = "Body {blocked: true|false}. New orders of a "
            + "blocked customer are held by order processing (reason customer-blocked).")
    CustomerResponse setBlocked(@PathVariable String id, @Valid @RequestBody BlockRequest request) {
        CustomerView customer = customers.setBlocked(parse(id), request.blocked());
        CustomerOrderStats stats = orderStats.getIfAvailable();
        return CustomerResponse.of(customer, stats == null ? Stats.none() : stats.statsFor(customer.id()));
    }

    record BlockRequest(@jakarta.validation.constraints.NotNull Boolean blocked) {
    }

    private static CustomerId parse(String id) {
        return new CustomerId(NotFound.uuid("Customer", id));
    }
}
