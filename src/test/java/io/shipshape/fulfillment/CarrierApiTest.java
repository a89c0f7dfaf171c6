package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The carrier registry over the API, custom carriers' tracking links on shipments, and the fulfillment scopes. */
@ShipshapeTest
class CarrierApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    ApiKeyManagement keys;

    FulfillmentFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FulfillmentFixtures(ApiClient.admin(mvc), fulfillment);
    }

    @Test
    void listsTheBuiltInsAndAddsACustomCarrierWhoseTrackingLinkShipmentsUse() throws Exception {
        String list = fx.api.get("/api/v1/carriers?limit=500").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].code"))
                .contains("UPS", "FEDEX", "USPS", "DHL", "ROYAL_MAIL");

        String code = TestData.unique("C").replace("-", "_");
        fx.post("/api/v1/carriers", "{\"code\": \"" + code + "\", \"name\": \"Bike courier\","
                + " \"trackingUrl\": \"https://bikes.example/t/{trackingNumber}\"}", 201);
        fx.post("/api/v1/carriers", "{\"code\": \"" + code + "\", \"name\": \"Again\","
                + " \"trackingUrl\": \"https://bikes.example/t/{trackingNumber}\"}", 409);
        fx.api.post("/api/v1/carriers", "{\"code\": \"NOURL\", \"name\": \"x\", \"trackingUrl\": \"https://x.example\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("trackingUrl"));

        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 3);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pack(id, sku, 1);
        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"" + code + "\", \"trackingNumber\": \"AB 12\"}",
                400);
        String shipped = fx.ship(id, code.toLowerCase(), "AB12");
        assertThat(JsonPath.<String>read(shipped, "$.carrier")).isEqualTo(code);
        assertThat(JsonPath.<String>read(shipped, "$.trackingUrl")).isEqualTo("https://bikes.example/t/AB12");
    }

    @Test
    void theCarrierListPagesByCodeWithACursor() throws Exception {
        String first = fx.api.get("/api/v1/carriers?limit=2").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<String> codes = JsonPath.read(first, "$.items[*].code");
        assertThat(codes).hasSize(2).isSorted();
        String cursor = JsonPath.read(first, "$.nextCursor");
        assertThat(cursor).isNotNull();
        String second = fx.api.get("/api/v1/carriers?limit=500&cursor=" + cursor).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> rest = JsonPath.read(second, "$.items[*].code");
        assertThat(rest).isNotEmpty().doesNotContainAnyElementsOf(codes);
        assertThat(rest.get(0)).isGreaterThan(codes.get(1));
        assertThat(JsonPath.<String>read(second, "$.nextCursor")).isNull();
    }

    @Test
    void readKeysMayLookButNotShip() throws Exception {
        ApiClient reader = ApiClient.withScopes(mvc, keys, Scope.FULFILLMENT_READ);
        reader.get("/api/v1/fulfillments").andExpect(status().isOk());
        reader.get("/api/v1/carriers").andExpect(status().isOk());
        reader.post("/api/v1/carriers", "{}").andExpect(status().isForbidden());
        reader.post("/api/v1/pick-lists", "{}").andExpect(status().isForbidden());
        ApiClient orders = ApiClient.withScopes(mvc, keys, Scope.ORDERS_READ);
        orders.get("/api/v1/fulfillments").andExpect(status().isForbidden());
    }
}
