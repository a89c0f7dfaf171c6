package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The label SPI: a carrier integration's label is bought once, when the parcel ships, and may assign the
 * tracking number; GET .../label serves the stored document.
 */
@ShipshapeTest
class FulfillmentLabelTest {

    static final String CARRIER = "LABELCO";
    static final AtomicInteger BOUGHT = new AtomicInteger();

    /** A carrier integration that buys labels (counted) and assigns tracking numbers. */
    @TestConfiguration
    static class LabelCo {
        @Bean
        @Order(0)
        ShippingLabelProvider labelCo() {
            return new ShippingLabelProvider() {
                @Override
                public boolean supports(String carrier) {
                    return CARRIER.equals(carrier);
                }

                @Override
                public boolean assignsTrackingNumber(String carrier) {
                    return true;
                }

                @Override
                public ShippingLabel label(ShippingLabelRequest r) {
                    String tracking = r.trackingNumber() != null ? r.trackingNumber() : "LC" + (1000 + BOUGHT.get());
                    BOUGHT.incrementAndGet();
                    return new ShippingLabel(("%PDF-label " + tracking + " " + r.orderNumber())
                            .getBytes(StandardCharsets.US_ASCII), tracking);
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentManagement fulfillment;

    FulfillmentFixtures fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new FulfillmentFixtures(ApiClient.admin(mvc), fulfillment);
        int created = fx.api.post("/api/v1/carriers", "{\"code\": \"" + CARRIER + "\", \"name\": \"Label Co\","
                + " \"trackingUrl\": \"https://labelco.example/{trackingNumber}\"}").andReturn().getResponse().getStatus();
        assertThat(created).isIn(201, 409); // 409: an earlier run on the same database added it
    }

    @Test
    void theIntegrationsLabelIsBoughtOnceAtShipTimeAndItsTrackingNumberUsed() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 5);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pack(id, sku, 1);
        int before = BOUGHT.get();

        String shipped = fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"" + CARRIER + "\"}", 200);
        assertThat(BOUGHT.get()).isEqualTo(before + 1);
        String tracking = JsonPath.read(shipped, "$.trackingNumber");
        assertThat(tracking).isEqualTo("LC" + (1000 + before));
        assertThat(JsonPath.<String>read(shipped, "$.trackingUrl")).isEqualTo("https://labelco.example/" + tracking);

        byte[] first = label(id);
        byte[] second = label(id);
        assertThat(new String(first, StandardCharsets.US_ASCII)).startsWith("%PDF-label " + tracking);
        assertThat(second).isEqualTo(first);
        assertThat(BOUGHT.get()).isEqualTo(before + 1); // served from storage, not bought again
    }

    @Test
    void theBuiltInLabelNeedsATrackingNumberAndIsStoredAtShipTime() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 5);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("US").line(sku, 1));
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");
        fx.pack(id, sku, 1);

        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"UPS\"}", 400);
        assertThat(fx.get(id)).containsEntry("status", "PACKED");
        fx.ship(id, "UPS", "1ZSTORED");
        byte[] first = label(id);
        Thread.sleep(1100); // a label made again would carry another creation time
        assertThat(label(id)).isEqualTo(first);
        assertThat(FulfillmentDocumentsTest.text(first)).contains("1ZSTORED");
    }

    private byte[] label(String id) throws Exception {
        return fx.api.perform(get("/api/v1/fulfillments/" + id + "/label").accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
