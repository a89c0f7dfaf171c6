package io.shipshape.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Transfers over HTTP: shipped (on-hand leaves the source, in transit shows), received, cancelled, problems. */
@ShipshapeTest
class TransferApiTest {

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
    void shipsATransferThatIsInTransitUntilReceived() throws Exception {
        String east = fx.warehouse(10);
        String west = fx.warehouse(20);
        String sku = fx.stockedProduct(east, 10);
        String created = api.post("/api/v1/inventory/transfers", transfer(east, west, sku, 4))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_TRANSIT"))
                .andExpect(jsonPath("$.from").value(east))
                .andExpect(jsonPath("$.to").value(west))
                .andExpect(jsonPath("$.lines[0].quantity").value(4))
                .andExpect(jsonPath("$.receivedAt").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        api.get("/api/v1/inventory/{sku}", sku)
                .andExpect(jsonPath("$.onHand").value(6))
                .andExpect(jsonPath("$.inTransit").value(4))
                .andExpect(jsonPath("$.locations[?(@.location == '" + west + "')].inTransit").value(4))
                .andExpect(jsonPath("$.locations[?(@.location == '" + east + "')].onHand").value(6));
        api.get("/api/v1/inventory/transfers?status=IN_TRANSIT&limit=500")
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].status").value("IN_TRANSIT"));
        api.get("/api/v1/inventory/{sku}/movements", sku)
                .andExpect(jsonPath("$.items[0].type").value("TRANSFER_OUT"))
                .andExpect(jsonPath("$.items[0].quantity").value(-4))
                .andExpect(jsonPath("$.items[0].reference").value(id));

        api.post("/api/v1/inventory/transfers/" + id + "/receive", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.receivedAt").isNotEmpty());
        api.get("/api/v1/inventory/{sku}", sku)
                .andExpect(jsonPath("$.onHand").value(10))
                .andExpect(jsonPath("$.inTransit").value(0))
                .andExpect(jsonPath("$.locations[?(@.location == '" + west + "')].onHand").value(4));
        api.get("/api/v1/inventory/transfers/" + id).andExpect(jsonPath("$.status").value("RECEIVED"));
        api.post("/api/v1/inventory/transfers/" + id + "/receive", "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/invalid-transition"));
        consistent();
    }

    @Test
    void neverShipsMoreThanIsAvailableAtTheSource() throws Exception {
        String east = fx.warehouse(10);
        String west = fx.warehouse(20);
        String sku = fx.product(1000, "USD");
        api.put("/api/v1/inventory/" + sku + "/" + east, "{\"onHand\": 10, \"safetyStock\": 2}").andExpect(status().isOk());
        fx.place(OrderFixtures.order("WEB").line(sku, 5));

        api.post("/api/v1/inventory/transfers", transfer(east, west, sku, 4))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/insufficient-stock"))
                .andExpect(jsonPath("$.shortages[0].sku").value(sku))
                .andExpect(jsonPath("$.shortages[0].available").value(3));
        api.post("/api/v1/inventory/transfers", transfer(east, east, sku, 1))
                .andExpect(status().isBadRequest());
        api.post("/api/v1/inventory/transfers", transfer(east, "NOWHERE-2", sku, 1))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/unknown-location"));
        api.get("/api/v1/inventory/{sku}", sku).andExpect(jsonPath("$.onHand").value(10))
                .andExpect(jsonPath("$.inTransit").value(0));
        api.post("/api/v1/inventory/transfers", transfer(east, west, sku, 3)).andExpect(status().isCreated());
        api.get("/api/v1/inventory/{sku}", sku).andExpect(jsonPath("$.onHand").value(7))
                .andExpect(jsonPath("$.available").value(0));
        consistent();
    }

    @Test
    void cancellingPutsTheUnitsBackAtTheSource() throws Exception {
        String east = fx.warehouse(10);
        String west = fx.warehouse(20);
        String sku = fx.stockedProduct(east, 5);
        String id = JsonPath.read(api.post("/api/v1/inventory/transfers", transfer(east, west, sku, 5))
                .andReturn().getResponse().getContentAsString(), "$.id");
        api.post("/api/v1/inventory/transfers/" + id + "/cancel", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        api.get("/api/v1/inventory/{sku}", sku).andExpect(jsonPath("$.onHand").value(5))
                .andExpect(jsonPath("$.inTransit").value(0));
        api.get("/api/v1/inventory/transfers/0190a8b2-0000-7000-8000-000000000000").andExpect(status().isNotFound());
        consistent();
    }

    private void consistent() throws Exception {
        String body = api.get("/api/v1/inventory/consistency").andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(body, "$.ok")).as(body).isTrue();
    }

    static String transfer(String from, String to, String sku, int quantity) {
        return "{\"from\": \"%s\", \"to\": \"%s\", \"lines\": [{\"sku\": \"%s\", \"quantity\": %d}]}"
                .formatted(from, to, sku, quantity);
    }
}
