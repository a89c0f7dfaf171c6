package io.shipshape.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.Race;
import io.shipshape.orders.OrderId;
import io.shipshape.orders.OrderStatus;
import io.shipshape.orders.PaymentStatus;
import org.junit.jupiter.api.Test;

/**
 * After a decline the shop sends the customer's new card token: a new authorisation attempt, which releases the
 * order when it succeeds. The declined attempt stays in the ledger; captures then draw on the new one.
 */
class ReauthorizationTest extends PaymentTestBase {

    @Test
    void aDeclinedOrderAuthorisedAgainWithANewTokenGoesOnToFulfillment() throws Exception {
        ApiClient api = ApiClient.admin(mvc);
        OrderId id = processedOrder(2, "test_card", "tok_decline");
        eventually(() -> assertThat(orders.get(id).status()).isEqualTo(OrderStatus.ON_HOLD));
        String path = "/api/v1/orders/" + id.value() + "/payments/authorize";

        // A card number is refused and changes nothing; so is a gateway that does not exist.
        api.post(path, "{\"token\": \"4111 1111 1111 1111\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/card-data-refused"));
        api.post(path, "{\"method\": \"nope\", \"token\": \"tok_ok\"}").andExpect(status().isBadRequest());
        assertThat(rows(id, TransactionKind.AUTHORIZATION)).hasSize(1);
        assertThat(orders.paymentOf(id).token()).isEqualTo("tok_decline");

        // Declined again: still on hold, both attempts in the ledger.
        api.post(path, "{\"token\": \"tok_decline\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("FAILED"));
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.ON_HOLD);

        String ok = api.post(path, "{\"token\": \"tok_ok\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(ok, "$.status")).isEqualTo("SUCCESS");
        assertThat(orders.get(id).status()).isEqualTo(OrderStatus.IN_FULFILLMENT);
        assertThat(rows(id, TransactionKind.AUTHORIZATION)).extracting(PaymentTransaction::status)
                .containsExactly(TransactionStatus.FAILED, TransactionStatus.FAILED, TransactionStatus.SUCCESS);
        eventually(() -> assertThat(orders.get(id).paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED));
        assertThat(timelineTypes(id)).contains("PAYMENT_METHOD_CHANGED");
        assertThat(orders.timeline(id)).noneMatch(e -> e.message().contains("tok_ok"));

        // Captures draw on the new authorisation.
        PaymentTransaction capture = payments.capture(id, null, "test");
        assertThat(capture.status()).isEqualTo(TransactionStatus.SUCCESS);
        assertThat(capture.parentId()).isEqualTo(JsonPath.<String>read(ok, "$.id") == null ? null
                : java.util.UUID.fromString(JsonPath.read(ok, "$.id")));
        assertThat(view(id).captured()).isEqualTo(usd(2000));

        // Nothing to authorise again now.
        api.post(path, "{\"token\": \"tok_ok\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/invalid-transition"));
    }

    @Test
    void twoRetriesAtOnceMakeOneAttempt() throws Exception {
        OrderId declined = processedOrder(1, "test_card", "tok_decline");
        eventually(() -> assertThat(orders.get(declined).status()).isEqualTo(OrderStatus.ON_HOLD));
        String path = "/api/v1/orders/" + declined.value() + "/payments/authorize";
        List<Integer> answers = Race.run(List.of(
                () -> ApiClient.admin(mvc).post(path, "{\"method\": \"counting_card\", \"token\": \"a\"}")
                        .andReturn().getResponse().getStatus(),
                () -> ApiClient.admin(mvc).post(path, "{\"method\": \"counting_card\", \"token\": \"b\"}")
                        .andReturn().getResponse().getStatus()), 2);
        assertThat(answers).containsExactlyInAnyOrder(201, 409);
        assertThat(counting.authorizations(declined)).isEqualTo(1);
        assertThat(rows(declined, TransactionKind.AUTHORIZATION)).extracting(PaymentTransaction::status)
                .containsExactly(TransactionStatus.FAILED, TransactionStatus.SUCCESS);
        assertThat(orders.get(declined).status()).isEqualTo(OrderStatus.IN_FULFILLMENT);
    }

    @Test
    void anAuthorisedOrderCannotBeAuthorisedAgain() throws Exception {
        OrderId id = processedOrder(1, "test_card", "tok_ok");
        eventually(() -> assertThat(orders.get(id).status()).isEqualTo(OrderStatus.IN_FULFILLMENT));
        ApiClient.admin(mvc).post("/api/v1/orders/" + id.value() + "/payments/authorize", "{\"token\": \"tok_ok\"}")
                .andExpect(status().isConflict());
        assertThat(rows(id, TransactionKind.AUTHORIZATION)).hasSize(1);
    }
}
