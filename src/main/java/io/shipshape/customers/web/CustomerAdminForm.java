package io.shipshape.customers.web;

import io.shipshape.customers.CreateCustomer;
import io.shipshape.customers.CustomerView;
import io.shipshape.customers.UpdateCustomer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The customer form of the back office (create and edit): the same rules as the API. */
record CustomerAdminForm(
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String name,
        @Size(max = 50) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String phone) {

    CustomerAdminForm {
        email = email == null ? null : email.strip();
    }

    static CustomerAdminForm blank() {
        return new CustomerAdminForm("", "", "");
    }

    static CustomerAdminForm of(CustomerView c) {
        return new CustomerAdminForm(c.email(), c.name(), c.phone() == null ? "" : c.phone());
    }

    CreateCustomer toCreate() {
        return new CreateCustomer(email, name, phone == null || phone.isBlank() ? null : phone);
    }

    UpdateCustomer toUpdate() {
        return new UpdateCustomer(email, name, phone);
    }
}
