package io.shipshape.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every kind of bad capture request gets its 4xx problem ({@code application/problem+json}, a {@code type}
 * under {@code /problems/}) and writes nothing: no order, no customer, no reservation.
 */
@ShipshapeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBadInputApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String sku;

    @BeforeAll
    void stockedProduct() throws Exception {
        api = ApiClient.admin(mvc);
        OrderFixtures fx = new OrderFixtures(api);
        sku = fx.stockedProduct(fx.warehouse(10), 1_000);
    }

    /** A valid order with {@code extra} spliced in at the top level and {@code line} as its only line. */
    private String order(String extra, String line) {
        return """
                {"channel": "WEB", "customer": {"email": "bad-input@example.com", "name": "B"}%s, "lines": [%s]}"""
                .formatted(extra.isEmpty() ? "" : ", " + extra, line);
    }

    private String line(String fields) {
        return "{\"sku\": \"" + sku + "\", " + fields + "}";
    }

    Stream<Arguments> badRequests() {
        String ok = line("\"quantity\": 1");
        String tooManyLines = IntStream.range(0, 501).mapToObj(i -> ok).collect(Collectors.joining(","));
        return Stream.of(
                bad("malformed JSON", "{\"channel\": \"WEB\",", 400, "malformed-request", null),
                bad("unknown top-level field", order("\"coupon\": \"X\"", ok), 400, "unknown-field", null),
                bad("unknown line field", order("", line("\"quantity\": 1, \"colour\": \"red\"")), 400,
                        "unknown-field", null),
                bad("string quantity", order("", line("\"quantity\": \"two\"")), 400, "malformed-request", null),
                bad("fractional quantity", order("", line("\"quantity\": 1.5")), 400, "malformed-request", null),
                bad("unknown channel", order("", ok).replace("\"WEB\"", "\"FAX\""), 400, "malformed-request", null),
                bad("lines not an array", order("", ok).replace("[" + ok + "]", ok), 400, "malformed-request", null),
                bad("missing lines", "{\"channel\": \"WEB\", \"customer\": {\"email\": \"x@example.com\", "
                        + "\"name\": \"B\"}}", 400, "validation-failed", "lines"),
                bad("empty lines", order("", ""), 400, "validation-failed", "lines"),
                bad("null line", order("", "null"), 400, "validation-failed", null),
                bad("501 lines", order("", tooManyLines), 400, "validation-failed", "lines"),
                bad("missing quantity", order("", line("\"unitPrice\": null")), 400, "validation-failed",
                        "lines[0].quantity"),
                bad("quantity 0", order("", line("\"quantity\": 0")), 400, "validation-failed", "lines[0].quantity"),
                bad("negative quantity", order("", line("\"quantity\": -1")), 400, "validation-failed",
                        "lines[0].quantity"),
                bad("quantity 100001", order("", line("\"quantity\": 100001")), 400, "validation-failed",
                        "lines[0].quantity"),
                bad("sku too long", order("", "{\"sku\": \"" + "S".repeat(65) + "\", \"quantity\": 1}"), 400,
                        "validation-failed", "lines[0].sku"),
                bad("bad email", order("", ok).replace("bad-input@example.com", "not-an-email"), 400,
                        "validation-failed", "customer.email"),
                bad("missing customer", "{\"channel\": \"WEB\", \"lines\": [" + ok + "]}", 400,
                        "validation-failed", "customer"),
                bad("control character in name", order("", ok).replace("\"B\"", "\"B\\u0007B\"")
                        .replace("bad-input@", "control-char@"), 400,
                        "validation-failed", null),
                bad("lower-case currency", order("", line("\"quantity\": 1, \"unitPrice\": "
                        + "{\"amount\": 100, \"currency\": \"usd\"}")), 400, "validation-failed",
                        "lines[0].unitPrice.currency"),
                bad("unknown currency", order("", line("\"quantity\": 1, \"unitPrice\": "
                        + "{\"amount\": 100, \"currency\": \"XYZ\"}")), 400, "validation-failed",
                        "lines[0].unitPrice.currency"),
                bad("unknown shipping currency", order("\"shippingMethod\": {\"code\": \"x\", \"price\": "
                        + "{\"amount\": 1, \"currency\": \"XYZ\"}}", ok), 400, "validation-failed",
                        "shippingMethod.price.currency"),
                bad("negative amount", order("", line("\"quantity\": 1, \"unitPrice\": "
                        + "{\"amount\": -1, \"currency\": \"USD\"}")), 400, "validation-failed",
                        "lines[0].unitPrice.amount"),
                bad("amount above maximum", order("", line("\"quantity\": 1, \"unitPrice\": "
                        + "{\"amount\": 10000000001, \"currency\": \"USD\"}")), 400, "validation-failed",
                        "lines[0].unitPrice.amount"),
                bad("huge amount", order("", line("\"quantity\": 1, \"unitPrice\": "
                        + "{\"amount\": 99999999999999999999999999, \"currency\": \"USD\"}")), 400,
                        "malformed-request", null),
                bad("fractional amount", order("", line("\"quantity\": 1, \"unitPrice\": "
                        + "{\"amount\": 19.99, \"currency\": \"USD\"}")), 400, "malformed-request", null),
                bad("empty external id", order("\"externalId\": \"\"", ok), 400, "validation-failed", "externalId"),
                bad("external id too long", order("\"externalId\": \"" + "e".repeat(129) + "\"", ok), 400,
                        "validation-failed", "externalId"),
                bad("lower-case country", order("\"shippingAddress\": {\"line1\": \"1 A St\", \"city\": \"C\", "
                        + "\"postalCode\": \"1\", \"country\": \"de\"}", ok), 400, "validation-failed",
                        "shippingAddress.country"),
                bad("tag with comma", order("\"tags\": [\"a,b\"]", ok), 400, "validation-failed", null),
                bad("notes too long", order("\"notes\": \"" + "n".repeat(2001) + "\"", ok), 400,
                        "validation-failed", "notes"),
                bad("card number as payment token", order("\"payment\": {\"method\": \"test_card\", "
                        + "\"token\": \"4111 1111 1111 1111\"}", ok), 400, "card-data-refused", null),
                bad("card number with dashes as payment token", order("\"payment\": {\"method\": \"test_card\", "
                        + "\"token\": \"5500-0000-0000-0004\"}", ok), 400, "card-data-refused", null),
                bad("array instead of object", "[" + order("", ok) + "]", 400, "malformed-request", null),
                bad("empty body", "", 400, "malformed-request", null),
                bad("JSON null", "null", 400, "malformed-request", null));
    }

    private static Arguments bad(String name, String body, int status, String type, String field) {
        return Arguments.of(name, body, status, type, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersProblemAndWritesNothing(String name, String body, int status, String type, String field)
            throws Exception {
        long orders = count("orders");
        long customers = count("customers");
        var result = expectProblem(api.post("/api/v1/orders", body), status, type);
        if (field != null) {
            result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        }
        assertThat(count("orders")).isEqualTo(orders);
        assertThat(count("customers")).isEqualTo(customers);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMediaTypes")
    void answersProblemForUnsupportedMediaTypes(String name, String contentType, String accept, int status,
                                                String type) throws Exception {
        long orders = count("orders");
        var request = post("/api/v1/orders").content(order("", line("\"quantity\": 1")));
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (accept != null) {
            request.accept(accept);
        }
        expectProblem(api.perform(request), status, type);
        assertThat(count("orders")).isEqualTo(orders);
    }

    Stream<Arguments> badMediaTypes() {
        return Stream.of(
                Arguments.of("text/plain body", "text/plain", null, 415, "unsupported-media-type"),
                Arguments.of("form body", "application/x-www-form-urlencoded", null, 415, "unsupported-media-type"),
                Arguments.of("no content type", null, null, 415, "unsupported-media-type"));
    }

    @Test
    void capturesNothingWhenTheAnswerCannotBeSentInTheAcceptedMediaType() throws Exception {
        long orders = count("orders");
        expectProblem(api.perform(post("/api/v1/orders").contentType("application/json")
                .accept("application/xml").content(order("", line("\"quantity\": 1")))), 406, "not-acceptable");
        assertThat(count("orders")).isEqualTo(orders);
    }

    private static ResultActions expectProblem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type", startsWith("/problems/")))
                .andExpect(jsonPath("$.type").value("/problems/" + type))
                .andExpect(jsonPath("$.status").value(status));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
