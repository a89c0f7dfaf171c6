package io.shipshape.orders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixtures for tests that capture orders over the API: fresh locations, products and stock (unique names, since
 * all tests share one database), and a builder for capture request bodies.
 */
public final class OrderFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    public OrderFixtures(ApiClient api) {
        this.api = api;
    }

    public String warehouse(int priority) throws Exception {
        return location("WAREHOUSE", priority, "US");
    }

    public String store(int priority, String country) throws Exception {
        return location("STORE", priority, country);
    }

    /** A new location with a unique code; returns the code. */
    public String location(String type, int priority, String country) throws Exception {
        String code = TestData.unique(type.substring(0, 2));
        api.post("/api/v1/locations", json(Map.of("code", code, "name", type + " " + code, "type", type,
                        "priority", priority, "address", Map.of("line1", "1 Dock Road", "city", "Harbour",
                                "postalCode", "12345", "country", country))))
                .andExpect(status().isCreated());
        return code;
    }

    /** A new active product with a unique SKU; returns the SKU. */
    public String product(long amount, String currency, boolean backorderable) throws Exception {
        String sku = TestData.unique("SKU");
        api.post("/api/v1/products", json(Map.of("sku", sku, "name", "Product " + sku,
                        "price", Map.of("amount", amount, "currency", currency), "backorderable", backorderable)))
                .andExpect(status().isCreated());
        return sku;
    }

    public String product(long amount, String currency) throws Exception {
        return product(amount, currency, false);
    }

    /** Counts {@code onHand} units of the SKU at the location (PUT stock count). */
    public void stock(String sku, String location, int onHand) throws Exception {
        api.put("/api/v1/inventory/{sku}/{loc}".replace("{sku}", sku).replace("{loc}", location),
                        "{\"onHand\": " + onHand + "}")
                .andExpect(status().isOk());
    }

    /** A 10.00 USD product with {@code onHand} units at the location. */
    public String stockedProduct(String location, int onHand) throws Exception {
        String sku = product(1000, "USD");
        stock(sku, location, onHand);
        return sku;
    }

    /** Captures the order, expects 201 and returns the response body. */
    public String place(OrderBody body) throws Exception {
        return api.post("/api/v1/orders", body.json()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
    }

    public int reserved(String sku) throws Exception {
        return stockField(sku, "$.reserved");
    }

    public int onHand(String sku) throws Exception {
        return stockField(sku, "$.onHand");
    }

    private int stockField(String sku, String path) throws Exception {
        String body = api.get("/api/v1/inventory/{sku}", sku).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, path);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static OrderBody order(String channel) {
        return new OrderBody(channel);
    }

    public static String uniqueEmail(String prefix) {
        return TestData.unique(prefix).toLowerCase() + "@example.com";
    }

    /** A capture request body, built field by field. */
    public static final class OrderBody {

        private final Map<String, Object> root = new LinkedHashMap<>();
        private final List<Map<String, Object>> lines = new ArrayList<>();

        OrderBody(String channel) {
            root.put("channel", channel);
            customer(uniqueEmail("buyer"), "Test Buyer");
            root.put("lines", lines);
        }

        public OrderBody customer(String email, String name) {
            root.put("customer", Map.of("email", email, "name", name));
            return this;
        }

        public OrderBody externalId(String externalId) {
            root.put("externalId", externalId);
            return this;
        }

        public OrderBody line(String sku, int quantity) {
            lines.add(new LinkedHashMap<>(Map.of("sku", sku, "quantity", quantity)));
            return this;
        }

        public OrderBody line(String sku, int quantity, long amount, String currency) {
            lines.add(new LinkedHashMap<>(Map.of("sku", sku, "quantity", quantity,
                    "unitPrice", Map.of("amount", amount, "currency", currency))));
            return this;
        }

        public OrderBody locationCode(String code) {
            root.put("locationCode", code);
            return this;
        }

        public OrderBody shipTo(String country) {
            root.put("shippingAddress", address(country));
            return this;
        }

        public OrderBody billTo(String country) {
            root.put("billingAddress", address(country));
            return this;
        }

        public OrderBody shipping(String code, long amount, String currency) {
            root.put("shippingMethod", Map.of("code", code, "price", Map.of("amount", amount, "currency", currency)));
            return this;
        }

        public OrderBody discount(long amount, String currency) {
            root.put("discount", Map.of("amount", amount, "currency", currency));
            return this;
        }

        public OrderBody set(String field, Object value) {
            root.put(field, value);
            return this;
        }

        public String json() {
            return OrderFixtures.json(root);
        }

        private static Map<String, Object> address(String country) {
            return Map.of("name", "Recipient", "line1", "2 Main Street", "city", "Town", "postalCode", "10115",
                    "country", country);
        }
    }
}
