package io.shipshape.reporting;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.fulfillment.FulfillmentAccuracy;
import io.shipshape.fulfillment.FulfillmentManagement;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.orders.OrderManagement;
import io.shipshape.orders.OrderStats;
import io.shipshape.returns.ReturnManagement;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The KPI and sales reports over a small known scenario. The test database is shared, so KPI counts are compared
 * before and after this test's orders, and sales are read for a SKU only this test sells.
 */
@ShipshapeTest
class KpiAndSalesReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement keys;
    @Autowired
    OrderManagement orders;
    @Autowired
    FulfillmentManagement fulfillment;
    @Autowired
    ReturnManagement returns;

    ApiClient api;
    OrderFixtures fx;
    String wh;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
        wh = fx.warehouse(1);
    }

    @Test
    void kpisCountTheOrdersRevenueShipmentsReturnsAndStockoutsOfTheWindow() throws Exception {
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        Instant to = from.plus(1, ChronoUnit.HOURS);
        String window = "?from=" + from + "&to=" + to;
        String sku = fx.stockedProduct(wh, 20);
        String empty = fx.product(500, "USD");
        String before = kpis(window);
        OrderStats.WindowTotals totalsBefore = orders.totals(from, to);
        OrderStats.ShipTimes shipBefore = orders.shipTimes(from, to, Duration.ofHours(48));
        FulfillmentAccuracy accuracyBefore = fulfillment.accuracy(from, to);
        long shippedBefore = fulfillment.ordersShipped(from, to);
        long returnsBefore = returns.ordersWithReturns(from, to);

        String shippedExactly = place(order("PHONE").shipTo("US").line(sku, 1));
        String shippedShort = place(order("PHONE").shipTo("US").line(sku, 2));
        String cancelled = place(order("PHONE").shipTo("US").line(sku, 1));
        api.post("/api/v1/orders/" + cancelled + "/cancel", "{\"reason\": \"customer called\"}")
                .andExpect(status().isOk());
        String exact = releasedFulfillment(shippedExactly);
        api.post("/api/v1/fulfillments/" + exact + "/pick", "{}").andExpect(status().isOk());
        pack(exact, sku, 1);
        ship(exact);
        String shortPacked = releasedFulfillment(shippedShort);
        pack(shortPacked, sku, 1); // one of two: a mismatch recorded, the rest stays open
        ship(shortPacked);
        api.post("/api/v1/orders/" + shippedExactly + "/returns", "{\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1,\"reason\":\"DEFECTIVE\"}],\"resolution\":\"REFUND\"}").andExpect(status().isCreated());
        fx.stock(empty, wh, 0);
        String after = kpis(window);

        long revenue = total(shippedExactly) + total(shippedShort);
        assertThat(number(after, "$.orders") - number(before, "$.orders")).isEqualTo(3);
        assertThat(number(after, "$.ordersByChannel.PHONE") - number(before, "$.ordersByChannel.PHONE")).isEqualTo(3);
        assertThat(usd(after, "revenue") - usd(before, "revenue")).isEqualTo(revenue);
        assertThat(number(after, "$.stockouts") - number(before, "$.stockouts")).isEqualTo(1);
        // Every order of this window was created after the test began and shipped within seconds: all within 48 h.
        assertThat(JsonPath.<Double>read(after, "$.onTimeShipRate")).isEqualTo(1.0);
        assertThat(JsonPath.<Double>read(after, "$.medianTimeToShipHours")).isBetween(0.0, 1.0);
        assertThat(JsonPath.<Double>read(after, "$.cancellationRate")).isBetween(0.0, 1.0);
        assertThat(JsonPath.<Double>read(after, "$.fulfillmentAccuracy")).isLessThan(1.0);

        OrderStats.WindowTotals totals = orders.totals(from, to);
        assertThat(totals.orders() - totalsBefore.orders()).isEqualTo(3);
        assertThat(totals.cancelled() - totalsBefore.cancelled()).isEqualTo(1);
        OrderStats.ShipTimes ship = orders.shipTimes(from, to, Duration.ofHours(48));
        assertThat(ship.shipped() - shipBefore.shipped()).isEqualTo(2);
        assertThat(ship.withinSla() - shipBefore.withinSla()).isEqualTo(2);
        assertThat(orders.shipTimes(from, to, Duration.ZERO).withinSla()).isZero();
        FulfillmentAccuracy accuracy = fulfillment.accuracy(from, to);
        assertThat(accuracy.shipped() - accuracyBefore.shipped()).isEqualTo(2);
        assertThat(accuracy.withMismatches() - accuracyBefore.withMismatches()).isEqualTo(1);
        assertThat(fulfillment.ordersShipped(from, to) - shippedBefore).isEqualTo(2);
        assertThat(returns.ordersWithReturns(from, to) - returnsBefore).isEqualTo(1);
    }

    @Test
    void aWindowWithoutShipmentsHasNoMedianTimeToShipAndNoRates() throws Exception {
        // Long before any test order: nothing created, shipped or returned in it.
        api.get("/api/v1/reports/kpis?from=2001-01-01&to=2001-01-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders").value(0))
                .andExpect(jsonPath("$.medianTimeToShipHours").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.onTimeShipRate").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.cancellationRate").value(org.hamcrest.Matchers.nullValue()));
    }

    @Test
    void kpisAnswerCsvWithOneRowPerFigureAndPerChannel() throws Exception {
        api.perform(get("/api/v1/reports/kpis").header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(startsWith("metric,key,value\r\n")))
                .andExpect(content().string(containsString("\r\nordersByChannel,MARKETPLACE,")))
                .andExpect(content().string(containsString("\r\nstockouts,,")));
    }

    @Test
    void salesBucketsASkuByDayAndWeekWithoutCancelledOrders() throws Exception {
        String sku = fx.product(700, "USD");
        fx.stock(sku, wh, 10);
        place(order("WEB").shipTo("US").line(sku, 1));
        place(order("PHONE").shipTo("US").line(sku, 2));
        String cancelled = place(order("WEB").shipTo("US").line(sku, 4));
        api.post("/api/v1/orders/" + cancelled + "/cancel", "{\"reason\": \"changed mind\"}").andExpect(status().isOk());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        String byDay = api.get("/api/v1/reports/sales?groupBy=sku&from=" + today + "&to=" + today)
                .andExpect(status().isOk()).andExpect(jsonPath("$.granularity").value("day"))
                .andExpect(jsonPath("$.groupBy").value("sku"))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> mine = JsonPath.read(byDay, "$.items[?(@.group == '" + sku + "')]");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("periodStart", today.toString()).containsEntry("orders", 2)
                .containsEntry("units", 3);
        assertThat(JsonPath.<Integer>read(mine.get(0), "$.revenue.amount")).isEqualTo(2100);
        assertThat(JsonPath.<String>read(mine.get(0), "$.revenue.currency")).isEqualTo("USD");

        String byWeek = api.get("/api/v1/reports/sales?granularity=week&groupBy=sku").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> weeks = JsonPath.read(byWeek, "$.items[?(@.group == '" + sku + "')].periodStart");
        assertThat(weeks).containsExactly(today.with(java.time.DayOfWeek.MONDAY).toString());

        String byChannel = api.get("/api/v1/reports/sales?groupBy=channel&granularity=month").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(byChannel, "$.items[*].group")).contains("WEB", "PHONE");
        assertThat(JsonPath.<List<String>>read(byChannel, "$.items[*].periodStart"))
                .contains(today.withDayOfMonth(1).toString());

        api.perform(get("/api/v1/reports/sales").param("groupBy", "sku").header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(startsWith("periodStart,group,currency,orders,units,revenue\r\n")))
                .andExpect(content().string(containsString(today + "," + sku + ",USD,2,3,21.00\r\n")));
    }

    @Test
    void badParametersAreProblems() throws Exception {
        for (String query : List.of("/api/v1/reports/sales?granularity=hour", "/api/v1/reports/sales?groupBy=customer",
                "/api/v1/reports/kpis?from=2026-03-01&to=2026-02-01", "/api/v1/reports/kpis?from=2024-01-01&to=2025-06-01",
                "/api/v1/reports/kpis?from=yesterday", "/api/v1/reports/sales?to=2026-13-01")) {
            api.get(query).andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"))
                    .andExpect(jsonPath("$.errors[0].field").exists());
        }
    }

    @Test
    void reportsNeedTheReportsReadScope() throws Exception {
        ApiClient noReports = ApiClient.withScopes(mvc, keys, Scope.ORDERS_READ);
        noReports.get("/api/v1/reports/kpis").andExpect(status().isForbidden());
        noReports.get("/api/v1/reports/sales").andExpect(status().isForbidden());
        ApiClient reports = ApiClient.withScopes(mvc, keys, Scope.REPORTS_READ);
        reports.get("/api/v1/reports/kpis").andExpect(status().isOk()).andExpect(jsonPath("$.orders").isNumber());
        reports.get("/api/v1/reports/sales").andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
    }

    @Test
    void reportsPageShowsTheKpiTilesTheChartAndTheReorderSection() throws Exception {
        String sku = fx.product(300, "USD");
        fx.stock(sku, wh, 0);
        mvc.perform(get("/admin/reports").with(user("m").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kpi-orders\"")))
                .andExpect(content().string(containsString("id=\"kpi-stockouts\"")))
                .andExpect(content().string(containsString("Cancellation rate")))
                .andExpect(content().string(containsString("id=\"report-sales-chart\"")))
                .andExpect(content().string(containsString("/webjars/chart.js/dist/chart.umd.js")))
                .andExpect(content().string(containsString("href=\"/admin/reports/forecast\"")))
                .andExpect(content().string(containsString("id=\"reorder\"")));
    }

    private String kpis(String query) throws Exception {
        return api.get("/api/v1/reports/kpis" + query).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String place(OrderFixtures.OrderBody body) throws Exception {
        return JsonPath.read(fx.place(body), "$.id");
    }

    private String releasedFulfillment(String orderId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> ids = JsonPath.read(api.get("/api/v1/fulfillments?orderId=" + orderId)
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.items[*].id");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);
    }

    private void pack(String fulfillmentId, String sku, int quantity) throws Exception {
        api.post("/api/v1/fulfillments/" + fulfillmentId + "/pack", "{\"lines\": [{\"sku\": \"" + sku
                + "\", \"quantity\": " + quantity + "}]}").andExpect(status().isOk());
    }

    private void ship(String fulfillmentId) throws Exception {
        api.post("/api/v1/fulfillments/" + fulfillmentId + "/ship", "{\"carrier\": \"UPS\", \"trackingNumber\": \"1Z"
                + fulfillmentId.substring(0, 8) + "\"}").andExpect(status().isOk());
    }

    private long total(String orderId) throws Exception {
        return JsonPath.<Number>read(api.get("/api/v1/orders/" + orderId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.totals.total.amount").longValue();
    }

    private static long number(String json, String path) {
        return JsonPath.<Number>read(json, path).longValue();
    }

    private static long usd(String json, String field) {
        List<Number> amounts = JsonPath.read(json, "$." + field + "[?(@.currency == 'USD')].amount");
        return amounts.isEmpty() ? 0 : amounts.get(0).longValue();
    }
}
