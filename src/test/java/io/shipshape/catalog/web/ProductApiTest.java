package io.shipshape.catalog.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The products API over HTTP: create, read, list and search page by page, PATCH. */
@ShipshapeTest
class ProductApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void createsProductAndReadsItBack() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String sku = TestData.unique("MUG");
        api.post("/api/v1/products", """
                        {"sku": "%s", "name": "  Enamel mug ", "price": {"amount": 1999, "currency": "USD"},
                         "weightGrams": 350, "barcode": "4006381333931"}""".formatted(sku))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/products/" + sku)))
                .andExpect(jsonPath("$.id").value(notNullValue()))
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.name").value("Enamel mug"))
                .andExpect(jsonPath("$.price.amount").value(1999))
                .andExpect(jsonPath("$.price.currency").value("USD"))
                .andExpect(jsonPath("$.backorderable").value(false))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.createdAt").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")));

        api.get("/api/v1/products/{sku}", sku)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.weightGrams").value(350))
                .andExpect(jsonPath("$.barcode").value("4006381333931"))
                .andExpect(jsonPath("$.updatedAt").value(notNullValue()));
    }

    @Test
    void answersNotFoundForUnknownSku() throws Exception {
        ApiClient.admin(mvc).get("/api/v1/products/{sku}", TestData.unique("NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/not-found"));
    }

    @Test
    void listsMatchingProductsInSkuOrderPageByPage() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String prefix = TestData.unique("PAGE");
        for (String suffix : new String[] {"C", "A", "B"}) {
            create(api, prefix + "-" + suffix, "Item " + suffix);
        }
        String first = api.get("/api/v1/products?query={q}&limit=2", prefix.toLowerCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].sku", contains(prefix + "-A", prefix + "-B")))
                .andExpect(jsonPath("$.nextCursor").value(notNullValue()))
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");

        api.get("/api/v1/products?query={q}&limit=2&cursor={c}", prefix, cursor)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].sku", contains(prefix + "-C")))
                .andExpect(jsonPath("$.nextCursor").value(nullValue()));
    }

    @Test
    void searchesNamesIgnoringCaseAndTreatsWildcardsLiterally() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String word = TestData.unique("Teapot");
        String sku = TestData.unique("TEA");
        create(api, sku, "Blue " + word + " large");
        create(api, TestData.unique("TEA"), "Blue " + word.replace('-', 'x') + " large");

        api.get("/api/v1/products?query={q}", word.toUpperCase())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].sku", contains(sku)));
        api.get("/api/v1/products?query={q}", "%" + word.substring(3).replace('-', '_'))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void patchChangesOnlyTheGivenFields() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        String sku = TestData.unique("LAMP");
        api.post("/api/v1/products", """
                {"sku": "%s", "name": "Lamp", "price": {"amount": 4500, "currency": "EUR"},
                 "weightGrams": 900, "barcode": "123"}""".formatted(sku)).andExpect(status().isCreated());

        api.patch("/api/v1/products/" + sku, """
                {"price": {"amount": 3900, "currency": "EUR"}, "backorderable": true, "barcode": ""}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Lamp"))
                .andExpect(jsonPath("$.price.amount").value(3900))
                .andExpect(jsonPath("$.weightGrams").value(900))
                .andExpect(jsonPath("$.barcode").value(nullValue()))
                .andExpect(jsonPath("$.backorderable").value(true))
                .andExpect(jsonPath("$.active").value(true));

        api.patch("/api/v1/products/" + sku, "{\"active\": false, \"name\": \"Desk lamp\"}")
                .andExpect(status().isOk());
        api.get("/api/v1/products/" + sku)
                .andExpect(jsonPath("$.name").value("Desk lamp"))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.price.amount").value(3900));
    }

    @Test
    void patchOfUnknownSkuIsNotFound() throws Exception {
        ApiClient.admin(mvc).patch("/api/v1/products/" + TestData.unique("NOPE"), "{\"active\": false}")
                .andExpect(status().isNotFound());
    }

    static void create(ApiClient api, String sku, String name) throws Exception {
        api.post("/api/v1/products", """
                {"sku": "%s", "name": "%s", "price": {"amount": 100, "currency": "USD"}}""".formatted(sku, name))
                .andExpect(status().isCreated());
    }
}
