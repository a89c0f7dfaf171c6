package io.shipshape.inventory;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Warehouses and stores over HTTP: create, read, list, and what is refused. */
@ShipshapeTest
class LocationApiTest {

    @Autowired
    MockMvc mvc;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    @Test
    void createsReadsAndListsLocations() throws Exception {
        String code = TestData.unique("WH");
        api.post("/api/v1/locations", """
                        {"code": "%s", "name": "East", "type": "WAREHOUSE", "priority": 7, "latitude": 52.5,
                         "longitude": 13.4, "address": {"line1": "1 Quay", "line2": "Dock 4", "city": "Berlin",
                         "region": "BE", "postalCode": "10115", "country": "DE"}}""".formatted(code))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/locations/" + code))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type").value("WAREHOUSE"))
                .andExpect(jsonPath("$.priority").value(7))
                .andExpect(jsonPath("$.active").value(true));

        api.get("/api/v1/locations/{code}", code).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("East"))
                .andExpect(jsonPath("$.latitude").value(52.5))
                .andExpect(jsonPath("$.address.line2").value("Dock 4"))
                .andExpect(jsonPath("$.address.country").value("DE"));
        api.get("/api/v1/locations").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(code)));

        String storeCode = fx.store(100, "US");
        api.get("/api/v1/locations/{code}", storeCode).andExpect(jsonPath("$.type").value("STORE"));
        api.get("/api/v1/locations/{code}", TestData.unique("NONE")).andExpect(status().isNotFound());
    }

    @Test
    void rejectsDuplicateAndInvalidLocations() throws Exception {
        String code = fx.warehouse(10);
        String valid = """
                {"code": "%s", "name": "X", "type": "STORE", "address": {"line1": "1", "city": "C",
                 "postalCode": "1", "country": "US"}}""";
        api.post("/api/v1/locations", valid.formatted(code)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/duplicate-location"));

        String fresh = TestData.unique("LOC");
        for (String bad : List.of(valid.formatted("has space"), valid.formatted(fresh).replace("\"US\"", "\"usa\""),
                valid.formatted(fresh).replace("\"X\"", "\"\""), "{\"code\": \"" + fresh + "\", \"name\": \"X\", "
                        + "\"type\": \"STORE\"}", valid.formatted(fresh).replace("\"type\": \"STORE\",",
                        "\"priority\": -1, \"type\": \"STORE\","))) {
            api.post("/api/v1/locations", bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        }
        api.post("/api/v1/locations", valid.formatted(fresh).replace("STORE", "SHOP"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("/problems/malformed-request"));
        api.get("/api/v1/locations/{code}", fresh).andExpect(status().isNotFound());
    }
}
