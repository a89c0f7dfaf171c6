package io.shipshape.orders;

import static io.shipshape.orders.OrderFixtures.json;
import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Capture follows the sourcing rule list as it is configured, and every allocation says which rule chose it. */
@ShipshapeTest
class OrderSourcingRulesTest {

    static final String DEFAULT_LIST = """
            {"items": [{"type": "ORDER_LOCATION"}, {"type": "DESTINATION_COUNTRY"}, {"type": "FEWEST_LOCATIONS"},
                       {"type": "NEAREST"}, {"type": "PRIORITY"}]}""";

    @Autowired
    MockMvc mvc;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    @AfterEach
    void restoreTheDefaultRules() throws Exception {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
        api.put("/api/v1/sourcing-rules", DEFAULT_LIST).andExpect(status().isOk());
    }

    @Test
    void changingTheRuleOrderChangesWhereAnOrderIsReserved() throws Exception {
        String us = fx.location("WAREHOUSE", 1, "US");
        String de = fx.location("WAREHOUSE", 90, "DE");
        String sku = fx.product(1000, "USD");
        fx.stock(sku, us, 10);
        fx.stock(sku, de, 10);

        String first = fx.place(order("WEB").shipTo("DE").line(sku, 2));
        assertThat(JsonPath.<String>read(first, "$.lines[0].allocations[0].location")).isEqualTo(de);
        assertThat(JsonPath.<String>read(first, "$.lines[0].allocations[0].rule"))
                .isEqualTo("DESTINATION_COUNTRY: " + de + " is in DE");

        api.put("/api/v1/sourcing-rules", """
                {"items": [{"type": "ORDER_LOCATION"}, {"type": "PRIORITY"}, {"type": "DESTINATION_COUNTRY"}]}""")
                .andExpect(status().isOk());
        String second = fx.place(order("WEB").shipTo("DE").line(sku, 2));

        assertThat(JsonPath.<String>read(second, "$.lines[0].allocations[0].location")).isEqualTo(us);
        assertThat(JsonPath.<String>read(second, "$.lines[0].allocations[0].rule"))
                .isEqualTo("PRIORITY: " + us + " has priority 1");
        String timeline = api.get("/api/v1/orders/{id}/timeline", (String) JsonPath.read(second, "$.id"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(timeline, "$.items[*].message"))
                .anySatisfy(m -> assertThat(m).contains(us, "PRIORITY: " + us + " has priority 1"));
    }

    @Test
    void reservesAtTheNearestLocationWhenTheAddressHasCoordinates() throws Exception {
        String hamburg = locationAt(53.55, 9.99);
        String munich = locationAt(48.14, 11.58);
        String sku = fx.product(1000, "USD");
        fx.stock(sku, hamburg, 5);
        fx.stock(sku, munich, 5);
        Map<String, Object> berlin = Map.of("line1", "Unter den Linden 1", "city", "Berlin", "postalCode", "10117",
                "country", "DE", "latitude", 52.52, "longitude", 13.405);

        String placed = fx.place(order("WEB").set("shippingAddress", berlin).line(sku, 1));

        assertThat(JsonPath.<String>read(placed, "$.lines[0].allocations[0].location")).isEqualTo(hamburg);
        assertThat(JsonPath.<String>read(placed, "$.lines[0].allocations[0].rule"))
                .startsWith("NEAREST: " + hamburg + " is 25").endsWith(" km from the destination");
        String read = api.get("/api/v1/orders/{id}", (String) JsonPath.read(placed, "$.id")).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<Double>read(read, "$.shippingAddress.latitude")).isEqualTo(52.52);
    }

    /** A German warehouse with coordinates and a better priority than the one it is compared with. */
    private String locationAt(double latitude, double longitude) throws Exception {
        String code = TestData.unique("GEO");
        api.post("/api/v1/locations", json(Map.of("code", code, "name", "Warehouse " + code, "type", "WAREHOUSE",
                "priority", latitude > 50 ? 80 : 2, "latitude", latitude, "longitude", longitude,
                "address", Map.of("line1", "1 Hafen", "city", "Somewhere", "postalCode", "20457", "country", "DE"))))
                .andExpect(status().isCreated());
        return code;
    }
}
