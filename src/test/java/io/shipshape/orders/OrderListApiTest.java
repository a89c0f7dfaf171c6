package io.shipshape.orders;

import static io.shipshape.orders.OrderFixtures.order;
import static io.shipshape.orders.OrderFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The order list: every filter, newest first, and cursor paging; and the orders of one customer. */
@ShipshapeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListApiTest {

    @Autowired
    MockMvc mvc;

    ApiClient api;
    OrderFixtures fx;
    String sku;
    String nameToken;
    String emailA;
    String emailC;
    final List<String> ids = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();

    /** Five orders of one fresh SKU: o1 WEB/A, o2 PHONE/B, o3 MARKETPLACE/A, o4 WEB/C, o5 API/B. */
    @BeforeAll
    void fiveOrdersOfOneSku() throws Exception {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
        sku = fx.stockedProduct(fx.warehouse(10), 100);
        nameToken = TestData.unique("Zq").replace("-", "");
        emailA = uniqueEmail("a");
        String emailB = uniqueEmail("b");
        emailC = uniqueEmail("c");
        capture(order("WEB").customer(emailA, "Alma " + nameToken).externalId(TestData.unique("ext")));
        capture(order("PHONE").customer(emailB, "Bert Brown"));
        capture(order("MARKETPLACE").customer(emailA, "Alma " + nameToken).externalId(TestData.unique("ext")));
        capture(order("WEB").customer(emailC, "Cleo Clark"));
        capture(order("API").customer(emailB, "Bert Brown"));
        // Processing holds each of them (no shipping address) right after capture; list them once it has.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> list("sku={s}&status=ON_HOLD", sku).size() == 5);
    }

    private void capture(OrderFixtures.OrderBody body) throws Exception {
        String created = fx.place(body.line(sku, 1));
        bodies.add(created);
        ids.add(JsonPath.read(created, "$.id"));
    }

    private String o(int n) {
        return ids.get(n - 1);
    }

    private String field(int n, String path) {
        return JsonPath.read(bodies.get(n - 1), path);
    }

    private List<String> list(String query, Object... vars) throws Exception {
        String body = api.get("/api/v1/orders?" + query, vars).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[*].id");
    }

    @Test
    void filtersBySkuNewestFirstWithSummaryFields() throws Exception {
        assertThat(list("sku={s}", sku)).containsExactly(o(5), o(4), o(3), o(2), o(1));
        api.get("/api/v1/orders?sku={s}&limit=1", sku)
                .andExpect(jsonPath("$.items[0].number").value(field(5, "$.number")))
                .andExpect(jsonPath("$.items[0].channel").value("API"))
                .andExpect(jsonPath("$.items[0].status").value("ON_HOLD"))
                .andExpect(jsonPath("$.items[0].customerId").value(field(5, "$.customer.id")))
                .andExpect(jsonPath("$.items[0].customerEmail").value(field(5, "$.customer.email")))
                .andExpect(jsonPath("$.items[0].total.amount").value(1000))
                .andExpect(jsonPath("$.items[0].total.currency").value("USD"))
                .andExpect(jsonPath("$.items[0].lineCount").value(1));
    }

    @Test
    void filtersByStatusAndChannel() throws Exception {
        assertThat(list("sku={s}&status=ON_HOLD", sku)).hasSize(5);
        assertThat(list("sku={s}&status=PENDING", sku)).isEmpty();
        assertThat(list("sku={s}&status=CANCELLED", sku)).isEmpty();
        assertThat(list("sku={s}&channel=WEB", sku)).containsExactly(o(4), o(1));
        assertThat(list("sku={s}&channel=MARKETPLACE", sku)).containsExactly(o(3));
        assertThat(list("sku={s}&channel=POS", sku)).isEmpty();
    }

    @Test
    void filtersByCustomer() throws Exception {
        assertThat(list("customerId={c}", field(1, "$.customer.id"))).containsExactly(o(3), o(1));
        assertThat(list("customerId={c}&channel=WEB", field(1, "$.customer.id"))).containsExactly(o(1));
    }

    @Test
    void searchesByNumberEmailNameAndExternalId() throws Exception {
        assertThat(list("q={q}", field(2, "$.number"))).containsExactly(o(2));
        assertThat(list("q={q}", emailC)).containsExactly(o(4));
        assertThat(list("q={q}", emailC.toUpperCase())).containsExactly(o(4));
        assertThat(list("q={q}", nameToken.toLowerCase())).containsExactly(o(3), o(1));
        assertThat(list("q={q}", nameToken.substring(2).toUpperCase())).containsExactly(o(3), o(1));
        assertThat(list("q={q}", field(3, "$.externalId"))).containsExactly(o(3));
        assertThat(list("q={q}&sku={s}", "no-such-order-anywhere", sku)).isEmpty();
    }

    @Test
    void searchesForLikeWildcardsLiterally() throws Exception {
        assertThat(list("sku={s}&q={q}", sku, "%")).isEmpty();
        assertThat(list("sku={s}&q={q}", sku, "_")).isEmpty();
        assertThat(list("sku={s}&q={q}", sku, "Alma%" + nameToken)).isEmpty();
    }

    @Test
    void searchesForABackslashWithoutFailing() throws Exception {
        assertThat(list("sku={s}&q={q}", sku, "\\")).isEmpty();
        assertThat(list("sku={s}&q={q}", sku, "a\\")).isEmpty();
    }

    @Test
    void findsNamesContainingABackslash() throws Exception {
        String other = fx.stockedProduct(fx.warehouse(10), 5);
        String token = TestData.unique("Bs").replace("-", "");
        String placed = fx.place(order("WEB").customer(uniqueEmail("bs"), "Back\\" + token).line(other, 1));
        assertThat(list("sku={s}&q={q}", other, "k\\" + token.toLowerCase())).containsExactly(
                (String) JsonPath.read(placed, "$.id"));
    }

    @Test
    void clampsLargeLimitsToTheMaximum() throws Exception {
        assertThat(list("sku={s}&limit=100000", sku)).hasSize(5);
    }

    @Test
    void filtersByCreationTimeFromInclusiveToExclusive() throws Exception {
        String third = field(3, "$.createdAt");
        String fifth = field(5, "$.createdAt");
        assertThat(list("sku={s}&createdFrom={f}", sku, third)).containsExactly(o(5), o(4), o(3));
        assertThat(list("sku={s}&createdTo={t}", sku, third)).containsExactly(o(2), o(1));
        assertThat(list("sku={s}&createdFrom={f}&createdTo={t}", sku, third, fifth)).containsExactly(o(4), o(3));
    }

    @Test
    void walksAllPagesWithoutDuplicates() throws Exception {
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            String body = cursor == null
                    ? api.get("/api/v1/orders?sku={s}&limit=2", sku).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsString()
                    : api.get("/api/v1/orders?sku={s}&limit=2&cursor={c}", sku, cursor).andExpect(status().isOk())
                            .andReturn().getResponse().getContentAsString();
            List<String> page = JsonPath.read(body, "$.items[*].id");
            pageSizes.add(page.size());
            seen.addAll(page);
            cursor = JsonPath.read(body, "$.nextCursor");
        } while (cursor != null && pageSizes.size() < 10);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).doesNotHaveDuplicates().containsExactly(o(5), o(4), o(3), o(2), o(1));
    }

    @Test
    void listsTheOrdersOfACustomerPageByPage() throws Exception {
        String customerId = field(2, "$.customer.id");
        String first = api.get("/api/v1/customers/{id}/orders?limit=1", customerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(o(5)))
                .andReturn().getResponse().getContentAsString();
        api.get("/api/v1/customers/{id}/orders?limit=1&cursor={c}", customerId,
                        (String) JsonPath.read(first, "$.nextCursor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(o(2)))
                .andExpect(jsonPath("$.nextCursor").isEmpty());
    }

    @Test
    void rejectsInvalidListParametersAsClientErrors() throws Exception {
        for (String query : List.of("status=BOGUS", "channel=FAX", "cursor=not-a-cursor", "limit=0",
                "createdFrom=yesterday", "customerId=42", "limit=abc")) {
            api.get("/api/v1/orders?" + query).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"));
        }
    }
}
