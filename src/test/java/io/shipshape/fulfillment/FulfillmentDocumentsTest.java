package io.shipshape.fulfillment;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Pick lists (JSON sorted by bin, and PDF), packing slips and labels, read back with OpenPDF's text extractor. */
@ShipshapeTest
class FulfillmentDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FulfillmentManagement fulfillment;

    FulfillmentFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new FulfillmentFixtures(ApiClient.admin(mvc), fulfillment);
    }

    @Test
    void aPickListWalksTheBinsInOrderWithTotalsPerSkuAndOrderAndPrints() throws Exception {
        String wh = fx.orders.warehouse(1);
        String late = fx.orders.stockedProduct(wh, 10);
        String early = fx.orders.stockedProduct(wh, 10);
        fx.api.put("/api/v1/fulfillments/bins/" + late + "/" + wh, "{\"bin\": \"A-10\"}").andExpect(status().isOk());
        fx.api.put("/api/v1/fulfillments/bins/" + early + "/" + wh, "{\"bin\": \"A-2\"}").andExpect(status().isOk());
        fx.api.put("/api/v1/fulfillments/bins/" + early + "/" + wh, "{\"bin\": \"no spaces\"}")
                .andExpect(status().isBadRequest());
        String one = fx.placeAndRelease(order("WEB").shipTo("US").line(late, 2).line(early, 1));
        String two = fx.placeAndRelease(order("WEB").shipTo("US").line(late, 3));
        String f1 = (String) fx.fulfillmentsOf(one).get(0).get("id");
        String f2 = (String) fx.fulfillmentsOf(two).get(0).get("id");
        String body = "{\"location\": \"" + wh + "\", \"fulfillmentIds\": [\"" + f1 + "\", \"" + f2 + "\"]}";

        String list = fx.post("/api/v1/pick-lists", body, 200);
        // natural order, as pickers walk the aisle: A-2 before A-10
        assertThat(JsonPath.<List<String>>read(list, "$.lines[*].bin")).containsExactly("A-2", "A-10");
        assertThat(JsonPath.<List<Integer>>read(list, "$.lines[*].quantity")).containsExactly(1, 5);
        assertThat(JsonPath.<Integer>read(list, "$.totalUnits")).isEqualTo(6);
        assertThat(JsonPath.<List<Integer>>read(list, "$.totalsByOrder[*].units")).containsExactlyInAnyOrder(3, 3);
        assertThat(fx.get(f1)).containsEntry("status", "PICKING");

        byte[] pdf = fx.api.perform(post("/api/v1/pick-lists").contentType(MediaType.APPLICATION_JSON).content(body)
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        String n1 = JsonPath.read(fx.orderJson(one), "$.number");
        String n2 = JsonPath.read(fx.orderJson(two), "$.number");
        assertThat(text).contains("Pick list " + wh, late, early, "A-2", "A-10", n1, n2);
        assertThat(text.indexOf("A-2")).isLessThan(text.indexOf("A-10"));
    }

    @Test
    void thePackingSlipAndTheLabelCarryTheOrderTheSkusAndTheTrackingBarcode() throws Exception {
        String wh = fx.orders.warehouse(1);
        String sku = fx.orders.stockedProduct(wh, 10);
        String orderId = fx.placeAndRelease(order("WEB").shipTo("GB").line(sku, 2));
        String number = JsonPath.read(fx.orderJson(orderId), "$.number");
        String id = (String) fx.fulfillmentsOf(orderId).get(0).get("id");

        String slip = text(fx.api.perform(get("/api/v1/fulfillments/" + id + "/packing-slip")
                .accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(slip).contains("Packing slip", number, sku, "2 Main Street");

        fx.api.perform(get("/api/v1/fulfillments/" + id + "/label").accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isConflict());
        fx.pack(id, sku, 2);
        fx.post("/api/v1/fulfillments/" + id + "/ship", "{\"carrier\": \"ROYAL_MAIL\", \"service\": \"Tracked 24\","
                + " \"trackingNumber\": \"RM123456785GB\", \"weightGrams\": 850}", 200);
        String label = text(fx.api.perform(get("/api/v1/fulfillments/" + id + "/label")
                .accept(MediaType.APPLICATION_PDF)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(label).contains("Royal Mail Tracked 24", "SHIP FROM", "1 Dock Road", "SHIP TO", "Recipient",
                "2 Main Street", number, "RM123456785GB");
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
