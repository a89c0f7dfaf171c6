package io.shipshape.reporting;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.shipshape.orders.OrderFixtures.order;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/reports/forecast}: a SKU's zero-filled daily units (orders placed now count for today), the
 * weekday average forecast, and the reorder need; as JSON, CSV and a back-office page.
 */
@ShipshapeTest
class DemandForecastTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement keys;
    ApiClient api;
    OrderFixtures fixtures;
    String location;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(mvc);
        fixtures = new OrderFixtures(api);
        location = fixtures.warehouse(1);
    }

    @Test
    void forecastsFromTheZeroFilledDailyUnitsAndSuggestsWhatToReorder() throws Exception {
        String sku = fixtures.stockedProduct(location, 20);
        fixtures.place(order("WEB").line(sku, 3));
        fixtures.place(order("WEB").line(sku, 5));
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        // 56 days of history, today last with 8 units: today's weekday averages 8 / 8 = 1 unit, the others 0.
        // Over 14 days that weekday comes twice: 2 units, 1/7 a day; available 20 - 8 reserved = 12 units.
        api.get("/api/v1/reports/forecast?sku=" + sku)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sku").value(sku))
                .andExpect(jsonPath("$.horizonDays").value(14))
                .andExpect(jsonPath("$.method").value("weekday-moving-average"))
                .andExpect(jsonPath("$.history.length()").value(56))
                .andExpect(jsonPath("$.history[55].date").value(today))
                .andExpect(jsonPath("$.history[55].units").value(8))
                .andExpect(jsonPath("$.history[54].units").value(0))
                .andExpect(jsonPath("$.forecast.length()").value(14))
                .andExpect(jsonPath("$.forecast[0].date").value(LocalDate.parse(today).plusDays(1).toString()))
                .andExpect(jsonPath("$.forecast[0].units").value(0.0))
                .andExpect(jsonPath("$.forecast[6].units").value(1.0))
                .andExpect(jsonPath("$.forecast[13].units").value(1.0))
                .andExpect(jsonPath("$.totalForecastUnits").value(2.0))
                .andExpect(jsonPath("$.available").value(12))
                .andExpect(jsonPath("$.daysOfCover").value(84.0))
                .andExpect(jsonPath("$.suggestedReorderQuantity").value(0));

        // Little stock: 2 forecast + 7 safety days x 1/7 = 3 units needed, 1 available -> reorder 2.
        fixtures.stock(sku, location, 9);
        api.get("/api/v1/reports/forecast?sku=" + sku + "&horizonDays=14")
                .andExpect(jsonPath("$.available").value(1))
                .andExpect(jsonPath("$.suggestedReorderQuantity").value(2));
    }

    @Test
    void aSkuWithoutSalesForecastsZeroWithoutDaysOfCover() throws Exception {
        String sku = fixtures.stockedProduct(location, 5);
        api.get("/api/v1/reports/forecast?sku=" + sku + "&horizonDays=90")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forecast.length()").value(90))
                .andExpect(jsonPath("$.totalForecastUnits").value(0.0))
                .andExpect(jsonPath("$.daysOfCover").value(nullValue()))
                .andExpect(jsonPath("$.suggestedReorderQuantity").value(0));
    }

    @Test
    void cancelledOrdersDoNotCount() throws Exception {
        String sku = fixtures.stockedProduct(location, 20);
        String placed = fixtures.place(order("WEB").line(sku, 4));
        String id = com.jayway.jsonpath.JsonPath.read(placed, "$.id");
        api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"customer\"}").andExpect(status().is2xxSuccessful());
        api.get("/api/v1/reports/forecast?sku=" + sku)
                .andExpect(jsonPath("$.history[55].units").value(0));
    }

    @Test
    void answersCsvWhenAsked() throws Exception {
        String sku = fixtures.stockedProduct(location, 10);
        fixtures.place(order("WEB").line(sku, 2));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api.perform(get("/api/v1/reports/forecast").param("sku", sku).param("horizonDays", "3")
                        .header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(startsWith("sku,date,kind,units\r\n")))
                .andExpect(content().string(containsString(sku + "," + today + ",history,2\r\n")))
                .andExpect(content().string(containsString(
                        sku + "," + LocalDate.parse(today).plusDays(3) + ",forecast,0.0\r\n")));
    }

    @Test
    void badInputIsAProblem() throws Exception {
        String sku = fixtures.stockedProduct(location, 1);
        api.get("/api/v1/reports/forecast").andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        api.get("/api/v1/reports/forecast?sku=" + sku + "&horizonDays=0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("horizonDays"));
        api.get("/api/v1/reports/forecast?sku=" + sku + "&horizonDays=91").andExpect(status().isBadRequest());
        api.get("/api/v1/reports/forecast?sku=" + sku + "&horizonDays=soon").andExpect(status().isBadRequest());
        api.get("/api/v1/reports/forecast?sku=NO-SUCH-SKU-FC").andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        ApiClient.withScopes(mvc, keys, Scope.ORDERS_READ).get("/api/v1/reports/forecast?sku=" + sku)
                .andExpect(status().isForbidden());
    }

    @Test
    void backOfficePageShowsTheChartAndTheNumbers() throws Exception {
        String sku = fixtures.stockedProduct(location, 10);
        fixtures.place(order("WEB").line(sku, 2));
        mvc.perform(get("/admin/reports/forecast").param("sku", sku).with(user("m").roles("MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("forecast-chart")))
                .andExpect(content().string(containsString("chart.umd.js")))
                .andExpect(content().string(containsString(sku)))
                .andExpect(content().string(containsString("weekday-moving-average")));
        mvc.perform(get("/admin/reports/forecast").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"sku\"")));
        mvc.perform(get("/admin/reports/forecast").param("sku", "NO-SUCH-SKU-FC").with(user("m").roles("MANAGER")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("NO-SUCH-SKU-FC")));
        mvc.perform(get("/admin/reports/forecast.csv").param("sku", sku).with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andExpect(content().string(startsWith("sku,date,kind,units")));
    }
}
