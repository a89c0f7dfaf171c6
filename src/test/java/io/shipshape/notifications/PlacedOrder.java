package io.shipshape.notifications;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderId;

/** An order captured over the API for the notifications tests, with what they check: number, email, token. */
record PlacedOrder(OrderId id, String number, String email, String token, String trackingUrl, String sku,
                   String productName) {

    /** One line of 2 x a new 10.00 USD product, shipped to a street in Berlin, for a unique customer. */
    static PlacedOrder place(ApiClient api) throws Exception {
        OrderFixtures fixtures = new OrderFixtures(api);
        String warehouse = fixtures.warehouse(1);
        String sku = fixtures.stockedProduct(warehouse, 10);
        String email = OrderFixtures.uniqueEmail("mail");
        return of(fixtures.place(OrderFixtures.order("WEB").customer(email, "Jane Quill").line(sku, 2)
                .set("shippingAddress", java.util.Map.of("name", "Jane Quill", "line1", "17 Secret Lane",
                        "city", "Berlin", "postalCode", "10999", "country", "DE"))), sku);
    }

    static PlacedOrder of(String json, String sku) {
        String url = JsonPath.read(json, "$.trackingUrl");
        return new PlacedOrder(new OrderId(UUID.fromString(JsonPath.read(json, "$.id"))), JsonPath.read(json, "$.number"),
                JsonPath.read(json, "$.customer.email"), url.substring(url.lastIndexOf('/') + 1), url, sku,
                "Product " + sku);
    }
}
