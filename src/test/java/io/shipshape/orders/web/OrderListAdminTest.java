package io.shipshape.orders.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shipshape.ApiClient;
import io.shipshape.TestData;
import io.shipshape.inventory.LocationType;
import io.shipshape.orders.Channel;
import io.shipshape.orders.OrderView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The order list: search (number, email, name, external id, SKU), filters, both sorts with cursor paging, and the
 * htmx fragment. 55 orders of one fresh SKU, so a page (50) has a next page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderListAdminTest extends OrderAdminWebTest {

    private static final Pattern ORDER_LINK = Pattern.compile("href=\"/admin/orders/([0-9a-f-]{36})\"");

    String sku;
    String otherSku;
    String nameToken;
    String email;
    String externalId;
    final List<OrderView> placed = new ArrayList<>();

    @BeforeAll
    void fiftyFiveOrders() {
        String warehouse = location(LocationType.WAREHOUSE);
        sku = product(warehouse, 1000);
        otherSku = product(warehouse, 10);
        nameToken = TestData.unique("Quill").replace("-", "");
        email = email("lister");
        externalId = TestData.unique("MP");
        Instant day = Instant.parse("2021-03-01T12:00:00Z");
        for (int i = 0; i < 55; i++) {
            boolean special = i == 7;
            placed.add(place(special ? Channel.MARKETPLACE : Channel.WEB, special ? email : email("buyer"),
                    special ? "Ada " + nameToken : "Bo Buyer", sku, 1, day.plusSeconds(3600L * i),
                    special ? externalId : null));
        }
        place(Channel.PHONE, email("other"), "Cy Other", otherSku, 1, null, null);
        // Processing moves each order on right after capture; the filters below see where it settles.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> placed.stream()
                .allMatch(o -> orders.get(o.id()).status() == io.shipshape.orders.OrderStatus.IN_FULFILLMENT));
    }

    @Test
    void searchesByNumberEmailNameExternalIdAndSku() throws Exception {
        OrderView special = placed.get(7);
        assertThat(ids("/admin/orders?q=" + special.number())).containsExactly(special.id().toString());
        assertThat(ids("/admin/orders?q=" + email.toUpperCase())).containsExactly(special.id().toString());
        assertThat(ids("/admin/orders?q=" + nameToken.toLowerCase())).containsExactly(special.id().toString());
        assertThat(ids("/admin/orders?q=" + externalId)).containsExactly(special.id().toString());
        assertThat(ids("/admin/orders?q=" + sku)).hasSize(50).doesNotContainAnyElementsOf(ids("/admin/orders?q=" + otherSku));
        assertThat(ids("/admin/orders?q=" + otherSku)).hasSize(1);
    }

    @Test
    void filtersByStatusChannelAndDateRange() throws Exception {
        assertThat(ids("/admin/orders?q=" + sku + "&channel=MARKETPLACE")).containsExactly(placed.get(7).id().toString());
        assertThat(ids("/admin/orders?q=" + sku + "&status=CANCELLED")).isEmpty();
        // Processing released every (addressed) order to fulfillment right after capture.
        assertThat(ids("/admin/orders?q=" + sku + "&status=IN_FULFILLMENT&channel=WEB")).hasSize(50);
        assertThat(ids("/admin/orders?q=" + sku + "&status=PENDING")).isEmpty();
        // Orders 0..11 are on 2021-03-01 (12:00 + i hours), 12..35 on 2021-03-02, and so on (UTC days, inclusive).
        assertThat(ids("/admin/orders?q=" + sku + "&createdFrom=2021-03-02&createdTo=2021-03-02"))
                .containsExactlyElementsOf(reversed(ids(placed).subList(12, 36)));
    }

    @Test
    void pagesNewestFirstThenOldestFirstKeepingTheFilters() throws Exception {
        List<String> newest = reversed(ids(placed));
        String first = html(get("/admin/orders").param("q", sku).with(SUPPORT));
        assertThat(ids(first)).containsExactlyElementsOf(newest.subList(0, 50));
        String next = nextLink(first);
        assertThat(next).contains("q=" + sku).contains("cursor=");
        String second = html(get(next.replace("&amp;", "&")).with(SUPPORT));
        assertThat(ids(second)).containsExactlyElementsOf(newest.subList(50, 55));
        assertThat(second).doesNotContain("id=\"next-page\"").contains("First page");

        List<String> oldest = ids(placed);
        String firstOld = html(get("/admin/orders").param("q", sku).param("sort", "oldest").with(SUPPORT));
        assertThat(ids(firstOld)).containsExactlyElementsOf(oldest.subList(0, 50));
        String nextOld = nextLink(firstOld);
        assertThat(nextOld).contains("sort=oldest");
        assertThat(ids(html(get(nextOld.replace("&amp;", "&")).with(SUPPORT))))
                .containsExactlyElementsOf(oldest.subList(50, 55));
    }

    @Test
    void answersHtmxWithTheResultsOnlyAndBrowsersWithThePage() throws Exception {
        String page = html(get("/admin/orders").param("q", otherSku).with(SUPPORT));
        assertThat(page).contains("<nav id=\"nav\"", "id=\"filters\"", "id=\"results\"", "hx-push-url", "New order");
        String fragment = html(get("/admin/orders").param("q", otherSku).header("HX-Request", "true").with(SUPPORT));
        assertThat(fragment).startsWith("<div id=\"results\"").doesNotContain("<nav id=\"nav\"", "id=\"filters\"")
                .contains("Cy Other");
        mvc.perform(get("/admin/orders").with(SUPPORT)).andExpect(status().isOk());
    }

    @Test
    void viewerSeesTheListWithoutTheNewOrderButtonAndBadParametersAreRefused() throws Exception {
        assertThat(html(get("/admin/orders").param("q", otherSku).with(VIEWER))).doesNotContain("/admin/orders/new");
        mvc.perform(get("/admin/orders?status=NOPE").with(VIEWER)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/orders?createdFrom=yesterday").with(VIEWER)).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/orders").param("cursor", "not a cursor").with(VIEWER)).andExpect(status().isBadRequest());
    }

    @Test
    void theApiListsOldestFirstOnRequestAndFindsBySkuInQ() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        api.get("/api/v1/orders?sku={s}&sort=oldest&limit=2", sku).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(ids(placed.subList(0, 2)).toArray())));
        api.get("/api/v1/orders?q={s}", otherSku).andExpect(jsonPath("$.items.length()").value(1));
        api.get("/api/v1/orders?sort=sideways").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-parameter"));
    }

    private List<String> ids(String pathOrHtml) throws Exception {
        String html = pathOrHtml.startsWith("/") ? html(get(pathOrHtml).with(SUPPORT)) : pathOrHtml;
        List<String> ids = new ArrayList<>();
        Matcher m = ORDER_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> ids(List<OrderView> orders) {
        return orders.stream().map(o -> o.id().toString()).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static String nextLink(String html) {
        Matcher m = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a next page link").isTrue();
        return m.group(1);
    }
}
