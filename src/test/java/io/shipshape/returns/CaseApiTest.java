package io.shipshape.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import io.shipshape.orders.OrderFixtures;
import io.shipshape.returns.CaseEvents.CaseReplied;
import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Cases over the API: open, converse, internal notes, the status table, assignment, the order's timeline. */
@ShipshapeTest
@RecordApplicationEvents
class CaseApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeyManagement keys;
    @Autowired
    CaseManagement cases;
    @Autowired
    ApplicationEvents events;

    ApiClient api;
    OrderFixtures fx;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(mvc);
        fx = new OrderFixtures(api);
    }

    String order() throws Exception {
        String wh = fx.warehouse(1);
        String sku = fx.stockedProduct(wh, 5);
        return JsonPath.read(fx.place(OrderFixtures.order("WEB").line(sku, 1)), "$.id");
    }

    String open(String orderId, String email) throws Exception {
        // The customer's question, relayed (a case staff open with a message emails it to the customer).
        var body = new java.util.HashMap<String, Object>(Map.of("subject", "Where is my parcel?",
                "message", "It has been a week.", "fromCustomer", true));
        if (orderId != null) {
            body.put("orderId", orderId);
        }
        if (email != null) {
            body.put("customerEmail", email);
        }
        String json = api.post("/api/v1/cases", OrderFixtures.json(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void caseOnAnOrderTakesItsCustomerAndShowsOnTheTimeline() throws Exception {
        String orderId = order();
        String orderJson = api.get("/api/v1/orders/{id}", orderId).andReturn().getResponse().getContentAsString();
        String email = JsonPath.read(orderJson, "$.customer.email");
        String caseId = open(orderId, null);
        api.get("/api/v1/cases/{id}", caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.customerEmail").value(email))
                .andExpect(jsonPath("$.customerId").value((String) JsonPath.read(orderJson, "$.customer.id")))
                .andExpect(jsonPath("$.orderNumber").value((String) JsonPath.read(orderJson, "$.number")))
                .andExpect(jsonPath("$.messages[0].text").value("It has been a week."));
        api.get("/api/v1/orders/{id}/timeline", orderId)
                .andExpect(jsonPath("$.items[*].type", hasItem("CASE_OPENED")));
    }

    @Test
    void replyWaitsOnCustomerCustomerMessageReopensAndResolveIsRecorded() throws Exception {
        String orderId = order();
        String caseId = open(orderId, null);
        api.post("/api/v1/cases/" + caseId + "/messages", "{\"text\":\"It left our warehouse today.\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.internal").value(false));
        api.get("/api/v1/cases/{id}", caseId).andExpect(jsonPath("$.status").value("WAITING_ON_CUSTOMER"));
        assertThat(events.stream(CaseReplied.class).filter(e -> e.caseId().toString().equals(caseId)))
                .singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("It left our warehouse today."));

        api.post("/api/v1/cases/" + caseId + "/messages", "{\"text\":\"Thanks!\",\"fromCustomer\":true}")
                .andExpect(status().isCreated());
        api.get("/api/v1/cases/{id}", caseId).andExpect(jsonPath("$.status").value("OPEN"));

        api.post("/api/v1/cases/" + caseId + "/status", "{\"status\":\"RESOLVED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
        api.post("/api/v1/cases/" + caseId + "/status", "{\"status\":\"WAITING_ON_CUSTOMER\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("/problems/invalid-transition"));
        api.get("/api/v1/orders/{id}/timeline", orderId)
                .andExpect(jsonPath("$.items[*].type", hasItem("CASE_RESOLVED")));
        api.post("/api/v1/cases/" + caseId + "/status", "{\"status\":\"OPEN\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
        api.post("/api/v1/cases/" + caseId + "/status", "{\"status\":\"CLOSED\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void internalNotesAreNotCustomerVisibleNorEmailed() throws Exception {
        String caseId = open(null, OrderFixtures.uniqueEmail("asker"));
        api.post("/api/v1/cases/" + caseId + "/messages", "{\"text\":\"Customer sounds upset\",\"internal\":true}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.internal").value(true));
        api.get("/api/v1/cases/{id}", caseId).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.messages[*].text", hasItem("Customer sounds upset")));
        assertThat(events.stream(CaseReplied.class).filter(e -> e.caseId().toString().equals(caseId))).isEmpty();
        CaseView customer = cases.customerView(new CaseId(java.util.UUID.fromString(caseId)));
        assertThat(customer.messages()).extracting(CaseView.Message::text).containsExactly("It has been a week.");
        api.post("/api/v1/cases/" + caseId + "/messages", "{\"text\":\"x\",\"internal\":true,\"fromCustomer\":true}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void assignsOnlyToStaffAndFiltersTheInbox() throws Exception {
        String email = OrderFixtures.uniqueEmail("asker");
        String first = open(null, email);
        String second = open(null, email);
        api.post("/api/v1/cases/" + first + "/assign", "{\"assignee\":\"nobody-like-this\"}")
                .andExpect(status().isBadRequest());
        api.post("/api/v1/cases/" + first + "/assign", "{\"assignee\":\"admin\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("admin"));
        api.get("/api/v1/cases?customerEmail=" + email + "&assignee=admin")
                .andExpect(jsonPath("$.items[*].id", hasItem(first)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(second))));
        // oldest waiting first
        api.get("/api/v1/cases?customerEmail=" + email + "&status=OPEN")
                .andExpect(jsonPath("$.items[0].id").value(first))
                .andExpect(jsonPath("$.items[1].id").value(second));
        api.get("/api/v1/cases?customerEmail=" + email + "&limit=1")
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.nextCursor").isString());
        api.post("/api/v1/cases/" + first + "/assign", "{\"assignee\":null}").andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").doesNotExist());
    }

    @Test
    void refusesBadInputAndKeysWithoutTheScope() throws Exception {
        api.post("/api/v1/cases", "{\"subject\":\"Hi\",\"message\":\"Hello\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerEmail"));
        api.post("/api/v1/cases", "{\"orderId\":\"" + java.util.UUID.randomUUID()
                + "\",\"subject\":\"Hi\",\"message\":\"Hello\"}").andExpect(status().isBadRequest());
        api.get("/api/v1/cases/{id}", java.util.UUID.randomUUID()).andExpect(status().isNotFound());
        ApiClient reader = ApiClient.withScopes(mvc, keys, Scope.RETURNS_READ);
        reader.post("/api/v1/cases", "{\"customerEmail\":\"a@example.com\",\"subject\":\"Hi\",\"message\":\"Hello\"}")
                .andExpect(status().isForbidden());
        reader.get("/api/v1/cases").andExpect(status().isOk());
        ApiClient orders = ApiClient.withScopes(mvc, keys, Scope.ORDERS_WRITE);
        orders.get("/api/v1/cases").andExpect(status().isForbidden());
    }
}
