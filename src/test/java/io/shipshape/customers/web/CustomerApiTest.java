package io.shipshape.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The customers API over HTTP: register, read, search, and what it refuses. */
@ShipshapeTest
class CustomerApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement apiKeys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registersCustomerAndReadsItWithOrderStatistics() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String email = TestData.unique("Ada") + "@Example.com";
        String created = api.post("/api/v1/customers", """
                        {"email": "%s", "name": "Ada Lovelace", "phone": "+44 20 7946 0000"}""".formatted(email))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", notNullValue()))
                .andExpect(jsonPath("$.email").value(email.toLowerCase()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        api.get("/api/v1/customers/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name").value("Ada Lovelace"))
                .andExpect(jsonPath("$.phone").value("+44 20 7946 0000"))
                .andExpect(jsonPath("$.blocked").value(false))
                .andExpect(jsonPath("$.createdAt").value(endsWith("Z")))
                .andExpect(jsonPath("$.orderCount").value(0))
                .andExpect(jsonPath("$.lifetimeValue", hasSize(0)));
    }

    @Test
    void rejectsDuplicateEmailIgnoringCaseAndNamesTheExistingCustomer() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String email = TestData.unique("dup").toLowerCase() + "@example.com";
        String first = api.post("/api/v1/customers", body(email, "First"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        api.post("/api/v1/customers", body(email.toUpperCase(), "Second"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/duplicate-customer"))
                .andExpect(jsonPath("$.customerId").value((String) JsonPath.read(first, "$.id")));
    }

    @Test
    void answersNotFoundForIdsThatAreUnknownOrNotUuids() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        api.get("/api/v1/customers/not-a-uuid").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
        api.get("/api/v1/customers/0190a000-0000-7000-8000-000000000000").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }

    @Test
    void searchesByEmailPrefixAndNameAndPages() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String surname = TestData.unique("Hopper");
        String domain = surname.toLowerCase() + ".example";
        for (String who : new String[] {"carol", "alice", "bob"}) {
            api.post("/api/v1/customers", body(who + "@" + domain, who + " " + surname))
                    .andExpect(status().isCreated());
        }
        String page = api.get("/api/v1/customers?query={q}&limit=2", surname.toUpperCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].email", contains("alice@" + domain, "bob@" + domain)))
                .andExpect(jsonPath("$.items[0].orderCount").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        api.get("/api/v1/customers?query={q}&limit=2&cursor={c}", surname, JsonPath.read(page, "$.nextCursor"))
                .andExpect(jsonPath("$.items[*].email", contains("carol@" + domain)))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()));

        api.get("/api/v1/customers?query={q}", "BOB@" + domain)
                .andExpect(jsonPath("$.items[*].email", contains("bob@" + domain)));
    }

    @Test
    void rejectsInvalidFieldsAndStoresNothing() throws Exception {
        long before = count();
        ApiClient.admin(mvc).post("/api/v1/customers", """
                        {"email": "not-an-email", "name": "", "phone": "%s"}""".formatted("1".repeat(51)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")));
        ApiClient.admin(mvc).post("/api/v1/customers", "{\"email\": \"a@b.example\", \"name\": \"A\", \"vip\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/unknown-field"));
        ApiClient.admin(mvc).post("/api/v1/customers", "{\"email\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void requiresAKeyWithTheCustomersScope() throws Exception {
        mvc.perform(get("/api/v1/customers")).andExpect(status().isUnauthorized());
        ApiClient.withScopes(mvc, apiKeys, Scope.ORDERS_READ).get("/api/v1/customers")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/forbidden"));
        long before = count();
        ApiClient.withScopes(mvc, apiKeys, Scope.CUSTOMERS_READ)
                .post("/api/v1/customers", body(TestData.unique("ro") + "@example.com", "Read Only"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM customers").query(Long.class).single();
    }

    private static String body(String email, String name) {
        return "{\"email\": \"%s\", \"name\": \"%s\"}".formatted(email, name);
    }
}
