package io.shipshape.orders;

import static io.shipshape.orders.OrderFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Order pricing: catalog or channel prices, and exact totals. The test profile uses the tax rates of
 * application.yml: DE 19 % (1900 bp) with shipping taxed, FR 20 %, US not listed (untaxed).
 */
@ShipshapeTest
class OrderPricingApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    OrderFixtures fx;
    String warehouse;

    @BeforeEach
    void setUp() throws Exception {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
        warehouse = fx.warehouse(10);
    }

    private String product(long amount, String currency) throws Exception {
        String sku = fx.product(amount, currency);
        fx.stock(sku, warehouse, 50);
        return sku;
    }

    private ResultActions capture(OrderFixtures.OrderBody body) throws Exception {
        return api.post("/api/v1/orders", body.json());
    }

    private static void totals(ResultActions result, String currency, long subtotal, long discount, long shipping,
                               long tax, long total) throws Exception {
        result.andExpect(status().isCreated())
                .andExpect(jsonPath("$.totals.subtotal.amount").value(subtotal))
                .andExpect(jsonPath("$.totals.discount.amount").value(discount))
                .andExpect(jsonPath("$.totals.shipping.amount").value(shipping))
                .andExpect(jsonPath("$.totals.tax.amount").value(tax))
                .andExpect(jsonPath("$.totals.total.amount").value(total))
                .andExpect(jsonPath("$.totals.total.currency").value(currency))
                .andExpect(jsonPath("$.totals.tax.currency").value(currency));
    }

    @Test
    void usesCatalogPriceUnlessUnitPriceIsSent() throws Exception {
        String a = product(1999, "USD");
        String b = product(500, "USD");
        String c = product(700, "USD");
        var result = capture(order("WEB").shipTo("US").line(a, 2).line(b, 3, 450, "USD").line(c, 1, 0, "USD"))
                .andExpect(jsonPath("$.lines[0].unitPrice.amount").value(1999))
                .andExpect(jsonPath("$.lines[0].lineTotal.amount").value(3998))
                .andExpect(jsonPath("$.lines[1].unitPrice.amount").value(450))
                .andExpect(jsonPath("$.lines[1].lineTotal.amount").value(1350))
                .andExpect(jsonPath("$.lines[2].unitPrice.amount").value(0))
                .andExpect(jsonPath("$.lines[2].lineTotal.amount").value(0));
        totals(result, "USD", 5348, 0, 0, 0, 5348);
    }

    @Test
    void taxesGermanOrdersOnDiscountedGoodsPlusShipping() throws Exception {
        String a = product(1000, "EUR");
        String b = product(2550, "EUR");
        // taxable = 5550 - 550 + 495 = 5495; 19 % = 1044.05 -> 1044
        totals(capture(order("WEB").shipTo("DE").line(a, 3).line(b, 1).discount(550, "EUR")
                .shipping("dhl", 495, "EUR")), "EUR", 5550, 550, 495, 1044, 6539);
    }

    @Test
    void leavesUnitedStatesOrdersUntaxed() throws Exception {
        String a = product(2500, "USD");
        totals(capture(order("PHONE").shipTo("US").line(a, 2).discount(1000, "USD").shipping("ups", 799, "USD")),
                "USD", 5000, 1000, 799, 0, 4799);
    }

    @Test
    void roundsTaxHalfUpToTheMinorUnit() throws Exception {
        totals(capture(order("WEB").shipTo("DE").line(product(50, "EUR"), 1)), "EUR", 50, 0, 0, 10, 60);
        totals(capture(order("WEB").shipTo("DE").line(product(49, "EUR"), 1)), "EUR", 49, 0, 0, 9, 58);
        totals(capture(order("WEB").shipTo("FR").line(product(1005, "EUR"), 1)), "EUR", 1005, 0, 0, 201, 1206);
    }

    @Test
    void taxesByBillingCountryWithoutShippingAddressAndByStoreForPosSales() throws Exception {
        String sku = product(1000, "EUR");
        totals(capture(order("WEB").billTo("DE").line(sku, 1)), "EUR", 1000, 0, 0, 190, 1190);
        totals(capture(order("WEB").shipTo("US").billTo("DE").line(sku, 1)), "EUR", 1000, 0, 0, 0, 1000);
        totals(capture(order("WEB").line(sku, 1)), "EUR", 1000, 0, 0, 0, 1000);

        String store = fx.store(200, "DE");
        fx.stock(sku, store, 5);
        totals(capture(order("POS").locationCode(store).line(sku, 2)), "EUR", 2000, 0, 0, 380, 2380);
    }

    @Test
    void acceptsDiscountEqualToSubtotal() throws Exception {
        totals(capture(order("WEB").shipTo("DE").line(product(1000, "EUR"), 1).discount(1000, "EUR")
                .shipping("dhl", 100, "EUR")), "EUR", 1000, 1000, 100, 19, 119);
    }

    @Test
    void rejectsDiscountAboveSubtotal() throws Exception {
        long before = orders();
        capture(order("WEB").line(product(1000, "USD"), 1).discount(1001, "USD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/business-rule"))
                .andExpect(jsonPath("$.field").value("discount"));
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void rejectsAmountsInAnotherCurrencyThanTheOrder() throws Exception {
        String usd = product(1000, "USD");
        String eur = product(1000, "EUR");
        long before = orders();
        mismatch(order("WEB").line(usd, 1).line(eur, 1), "lines[1].unitPrice");
        mismatch(order("WEB").line(usd, 1).line(usd, 1, 900, "EUR"), "lines[1].unitPrice");
        mismatch(order("WEB").line(usd, 1).shipping("dhl", 500, "EUR"), "shippingMethod.price");
        mismatch(order("WEB").line(usd, 1).discount(100, "EUR"), "discount");
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void rejectsUnitPriceInAnotherCurrencyThanTheCatalogPriceOfItsLine() throws Exception {
        long before = orders();
        // ProblemType.CURRENCY_MISMATCH: "the catalog prices of its lines, any unitPrice overrides ... same currency"
        mismatch(order("WEB").line(product(1000, "USD"), 1, 900, "EUR"), "lines[0].unitPrice");
        assertThat(orders()).isEqualTo(before);
    }

    @Test
    void rejectsAmountsTooLargeToComputeAsBusinessRule() throws Exception {
        String sku = fx.product(100, "EUR", true);
        var body = order("WEB").shipTo("DE");
        for (int i = 0; i < 5; i++) {
            body.line(sku, 100_000, 10_000_000_000L, "EUR");
        }
        long before = orders();
        capture(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/business-rule"));
        assertThat(orders()).isEqualTo(before);
    }

    private void mismatch(OrderFixtures.OrderBody body, String field) throws Exception {
        capture(body).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/currency-mismatch"))
                .andExpect(jsonPath("$.field").value(field));
    }

    private long orders() {
        return jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
    }
}
