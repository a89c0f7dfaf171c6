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

/** Adjustments and receipts over HTTP: balances, ledger rows with actor and reference, problems that change nothing. */
@ShipshapeTest
class StockOperationsApiTest {

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
    void adjustsOnHandWithAReasonAsAnAdjustmentMovement() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.stockedProduct(wh, 10);
        api.post("/api/v1/inventory/adjustments", """
                {"sku": "%s", "location": "%s", "delta": -3, "reason": "damaged in storage"}""".formatted(sku, wh))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.onHand").value(7))
                .andExpect(jsonPath("$.delta").value(-3))
                .andExpect(jsonPath("$.location").value(wh));
        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].type").value("ADJUSTMENT"))
                .andExpect(jsonPath("$.items[0].quantity").value(-3))
                .andExpect(jsonPath("$.items[0].reason").value("damaged in storage"))
                .andExpect(jsonPath("$.items[0].actor").value("api-key:bootstrap-admin"));
        assertThat(fx.onHand(sku)).isEqualTo(7);
        consistent();
    }

    @Test
    void refusesAnAdjustmentBelowZeroAndBadInputChangingNothing() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.stockedProduct(wh, 2);
        api.post("/api/v1/inventory/adjustments", adjustment(sku, wh, -3, "lost"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/insufficient-stock"))
                .andExpect(jsonPath("$.shortages[0].available").value(2));
        api.post("/api/v1/inventory/adjustments", adjustment(sku, wh, 0, "nothing"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        api.post("/api/v1/inventory/adjustments", "{\"sku\": \"" + sku + "\", \"location\": \"" + wh + "\", \"delta\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post("/api/v1/inventory/adjustments", adjustment("NOPE-" + sku, wh, 1, "found"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/unknown-product"));
        api.post("/api/v1/inventory/adjustments", adjustment(sku, "NOWHERE-1", 1, "found"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/unknown-location"));
        assertThat(fx.onHand(sku)).isEqualTo(2);
        api.get("/api/v1/inventory/{sku}/movements", sku).andExpect(jsonPath("$.items.length()").value(1));
        consistent();
    }

    @Test
    void receivesSeveralLinesWithAReferenceCreatingLevelsAsNeeded() throws Exception {
        String wh = fx.warehouse(10);
        String counted = fx.stockedProduct(wh, 5);
        String fresh = fx.product(1000, "USD");
        api.post("/api/v1/inventory/receipts", """
                {"location": "%s", "reference": "PO-4711", "lines": [{"sku": "%s", "quantity": 10},
                 {"sku": "%s", "quantity": 4}, {"sku": "%s", "quantity": 2}]}""".formatted(wh, counted, fresh, counted))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("PO-4711"))
                .andExpect(jsonPath("$.lines.length()").value(2));
        assertThat(fx.onHand(counted)).isEqualTo(17);
        assertThat(fx.onHand(fresh)).isEqualTo(4);
        api.get("/api/v1/inventory/{sku}/movements", fresh)
                .andExpect(jsonPath("$.items[0].type").value("RECEIPT"))
                .andExpect(jsonPath("$.items[0].quantity").value(4))
                .andExpect(jsonPath("$.items[0].reference").value("PO-4711"))
                .andExpect(jsonPath("$.items[0].location").value(wh));
        consistent();
    }

    @Test
    void refusesABadReceiptAsAWhole() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.stockedProduct(wh, 5);
        String receipt = "{\"location\": \"%s\", \"lines\": [{\"sku\": \"%s\", \"quantity\": 3}, %s]}";
        api.post("/api/v1/inventory/receipts", receipt.formatted(wh, sku, "{\"sku\": \"NO-SUCH-SKU-X\", \"quantity\": 1}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/unknown-product"))
                .andExpect(jsonPath("$.skus[0]").value("NO-SUCH-SKU-X"));
        api.post("/api/v1/inventory/receipts", receipt.formatted(wh, sku, "{\"sku\": \"" + sku + "\", \"quantity\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        api.post("/api/v1/inventory/receipts", "{\"location\": \"" + wh + "\", \"lines\": []}")
                .andExpect(status().isBadRequest());
        assertThat(fx.onHand(sku)).isEqualTo(5);
        consistent();
    }

    @Test
    void needsTheInventoryWriteScope() throws Exception {
        String wh = fx.warehouse(10);
        String sku = fx.stockedProduct(wh, 5);
        ApiClient reader = ApiClient.withScopes(mvc, apiKeys, io.shipshape.web.security.Scope.INVENTORY_READ);
        reader.post("/api/v1/inventory/receipts", "{\"location\": \"" + wh + "\", \"lines\": [{\"sku\": \"" + sku
                + "\", \"quantity\": 1}]}").andExpect(status().isForbidden());
        assertThat(fx.onHand(sku)).isEqualTo(5);
    }

    @Autowired
    io.shipshape.web.security.ApiKeyManagement apiKeys;

    private void consistent() throws Exception {
        String body = api.get("/api/v1/inventory/consistency").andReturn().getResponse().getContentAsString();
        assertThat((Boolean) JsonPath.read(body, "$.ok")).as(body).isTrue();
    }

    private static String adjustment(String sku, String location, int delta, String reason) {
        return "{\"sku\": \"%s\", \"location\": \"%s\", \"delta\": %d, \"reason\": \"%s\"}"
                .formatted(sku, location, delta, reason);
    }
}
