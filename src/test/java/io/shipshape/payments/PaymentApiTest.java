package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shipshape.ApiClient;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.PaymentStatus;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment endpoints of api-v1.md: shape, limits as problems, scopes, and bad input that changes nothing. */
class PaymentApiTest extends PaymentTestBase {

    @Autowired
    ApiKeyManagement keys;

    private ApiClient api() {
        return ApiClient.admin(mvc);
    }

    @Test
    void showsStatusTotalsAndTheLedger() throws Exception {
        OrderId id = card(2, "tok_ok");
        port.authorize(id);
        api().post("/api/v1/orders/" + id + "/payments/capture",
                        "{\"amount\": {\"amount\": 500, \"currency\": \"USD\"}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CAPTURE"))
                .andExpect(jsonPath("$.status").value("SUCCESS"))
                .andExpect(jsonPath("$.amount.amount").value(500));

        api().get("/api/v1/orders/{id}/payments", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARTIALLY_CAPTURED"))
                .andExpect(jsonPath("$.gateway").value("test_card"))
                .andExpect(jsonPath("$.totals.authorized.amount").value(2000))
                .andExpect(jsonPath("$.totals.captured.amount").value(500))
                .andExpect(jsonPath("$.totals.capturable.amount").value(1500))
                .andExpect(jsonPath("$.totals.refundable.amount").value(500))
                .andExpect(jsonPath("$.transactions.length()").value(2))
                .andExpect(jsonPath("$.transactions[0].kind").value("AUTHORIZATION"))
                .andExpect(jsonPath("$.transactions[0].reference").isNotEmpty());
    }

    @Test
    void refundsAnswer201AndTooMuchIsA409Problem() throws Exception {
        OrderId id = captured(2);
        String sku = orders.get(id).lines().get(0).sku();
        api().post("/api/v1/orders/" + id + "/refunds", """
                        {"amount": {"amount": 1500, "currency": "USD"}, "reason": "damaged",
                         "lines": [{"sku": "%s", "quantity": 1}]}""".formatted(sku))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/orders/" + id + "/payments"))
                .andExpect(jsonPath("$.kind").value("REFUND"))
                .andExpect(jsonPath("$.status").value("SUCCESS"))
                .andExpect(jsonPath("$.reason").value("damaged"))
                .andExpect(jsonPath("$.detail").value(sku + " x1"));

        api().post("/api/v1/orders/" + id + "/refunds",
                        "{\"amount\": {\"amount\": 501, \"currency\": \"USD\"}, \"reason\": \"more\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/refund-exceeds-captured"))
                .andExpect(jsonPath("$.refundable.amount").value(500));
        assertThat(view(id).refunded()).isEqualTo(usd(1500));
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() throws Exception {
        OrderId id = captured(1);
        String url = "/api/v1/orders/" + id + "/refunds";
        api().post(url, "{\"amount\": {\"amount\": 100, \"currency\": \"USD\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        api().post(url, "{\"amount\": {\"amount\": 0, \"currency\": \"USD\"}, \"reason\": \"x\"}")
                .andExpect(status().isBadRequest());
        api().post(url, "{\"amount\": {\"amount\": 100, \"currency\": \"EUR\"}, \"reason\": \"x\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("/problems/currency-mismatch"));
        api().post(url, "{\"amount\": {\"amount\": 100, \"currency\": \"USD\"}, \"reason\": \"x\", \"card\": 1}")
                .andExpect(status().isBadRequest());
        api().post("/api/v1/orders/" + id + "/payments/manual",
                        "{\"amount\": {\"amount\": 100, \"currency\": \"USD\"}, \"method\": \"cash\", "
                                + "\"reference\": \"4111111111111111\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/card-data-refused"));
        api().post("/api/v1/orders/" + id + "/payments/capture", "{}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/capture-exceeds-authorized"));
        api().get("/api/v1/orders/{id}/payments", "not-an-id").andExpect(status().isNotFound());
        api().get("/api/v1/orders/{id}/payments", java.util.UUID.randomUUID()).andExpect(status().isNotFound());

        assertThat(view(id).refunded()).isEqualTo(usd(0));
        assertThat(view(id).transactions()).hasSize(2);
    }

    @Test
    void manualPaymentsAreRecordedOverTheApi() throws Exception {
        OrderId id = order(1, "manual", "bank_transfer");
        port.authorize(id);
        api().post("/api/v1/orders/" + id + "/payments/manual",
                        "{\"amount\": {\"amount\": 1000, \"currency\": \"USD\"}, \"method\": \"bank_transfer\", "
                                + "\"reference\": \"SEPA-42\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("MANUAL_PAYMENT"))
                .andExpect(jsonPath("$.reference").value("SEPA-42"));
        assertThat(view(id).status()).isEqualTo(PaymentStatus.CAPTURED);
        api().post("/api/v1/orders/" + id + "/payments/manual",
                        "{\"amount\": {\"amount\": 1, \"currency\": \"USD\"}, \"method\": \"cash\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/payment-exceeds-due"));
    }

    @Test
    void readingNeedsOrdersReadAndMovingMoneyNeedsOrdersWrite() throws Exception {
        OrderId id = captured(1);
        ApiClient reader = ApiClient.withScopes(mvc, keys, Scope.ORDERS_READ);
        ApiClient stranger = ApiClient.withScopes(mvc, keys, Scope.CATALOG_READ);
        reader.get("/api/v1/orders/{id}/payments", id).andExpect(status().isOk());
        stranger.get("/api/v1/orders/{id}/payments", id).andExpect(status().isForbidden());
        reader.post("/api/v1/orders/" + id + "/refunds",
                        "{\"amount\": {\"amount\": 100, \"currency\": \"USD\"}, \"reason\": \"x\"}")
                .andExpect(status().isForbidden());
        assertThat(view(id).refunded()).isEqualTo(usd(0));
    }
}
