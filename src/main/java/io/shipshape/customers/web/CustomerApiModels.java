package io.shipshape.customers.web;

import java.time.Instant;
import java.util.List;

import io.shipshape.customers.CreateCustomer;
import io.shipshape.customers.CustomerOrderStats.Stats;
import io.shipshape.customers.CustomerView;
import io.shipshape.shared.Money;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request and response bodies of {@code /api/v1/customers} (api-v1.md, "Customers"). */
final class CustomerApiModels {

    static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";

    private CustomerApiModels() {
    }

    record CreateCustomerRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200)
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String name,
            @Size(max = 50)
            @Pattern(regexp = NO_CONTROL_CHARACTERS, message = "must not contain control characters") String phone) {

        CreateCustomer toCommand() {
            return new CreateCustomer(email, name, phone);
        }
    }

    /** One customer with its order statistics; {@code lifetimeValue} has one amount per currency. */
    record CustomerResponse(String id, String email, String name, String phone, boolean blocked, Instant createdAt,
                            long orderCount, List<Money> lifetimeValue) {

        static CustomerResponse of(CustomerView c, Stats stats) {
            return new CustomerResponse(c.id().toString(), c.email(), c.name(), c.phone(), c.blocked(),
                    c.createdAt(), stats.orderCount(), stats.lifetimeValue());
        }
    }

    /** A customer in a list: without statistics, so a page costs one query. */
    record CustomerSummary(String id, String email, String name, String phone, boolean blocked, Instant createdAt) {

        static CustomerSummary of(CustomerView c) {
            return new CustomerSummary(c.id().toString(), c.email(), c.name(), c.phone(), c.blocked(), c.createdAt());
        }
    }
}
