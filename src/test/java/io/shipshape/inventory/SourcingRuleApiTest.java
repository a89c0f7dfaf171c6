package io.shipshape.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.shipshape.ApiClient;
import io.shipshape.ShipshapeTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/sourcing-rules}: list, add, move, disable, delete, replace, and what is refused. */
@ShipshapeTest
class SourcingRuleApiTest {

    static final String DEFAULT_LIST = """
            {"items": [{"type": "ORDER_LOCATION"}, {"type": "DESTINATION_COUNTRY"}, {"type": "FEWEST_LOCATIONS"},
                       {"type": "NEAREST"}, {"type": "PRIORITY"}]}""";
    static final List<String> DEFAULT_TYPES = List.of("ORDER_LOCATION", "DESTINATION_COUNTRY", "FEWEST_LOCATIONS",
            "NEAREST", "PRIORITY");

    @Autowired
    MockMvc mvc;

    ApiClient api;

    @BeforeEach
    @AfterEach
    void restoreTheDefaultList() throws Exception {
        api = ApiClient.admin(mvc);
        api.put("/api/v1/sourcing-rules", DEFAULT_LIST).andExpect(status().isOk());
    }

    private String list() throws Exception {
        return api.get("/api/v1/sourcing-rules").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> types() throws Exception {
        return JsonPath.read(list(), "$.items[*].type");
    }

    private String idOf(String type) throws Exception {
        return JsonPath.<List<String>>read(list(), "$.items[?(@.type == '" + type + "')].id").get(0);
    }

    @Test
    void listsTheDefaultRulesInOrder() throws Exception {
        api.get("/api/v1/sourcing-rules").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].position").value(1))
                .andExpect(jsonPath("$.items[0].enabled").value(true))
                .andExpect(jsonPath("$.items[4].position").value(5))
                .andExpect(jsonPath("$.items[4].params").isMap())
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        assertThat(types()).isEqualTo(DEFAULT_TYPES);
    }

    @Test
    void movesDisablesAndParameterisesARule() throws Exception {
        String id = idOf("PRIORITY");

        api.put("/api/v1/sourcing-rules/" + id, "{\"position\": 2, \"enabled\": false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(2)).andExpect(jsonPath("$.enabled").value(false));
        api.put("/api/v1/sourcing-rules/" + idOf("NEAREST"), "{\"params\": {\"bandKm\": 50}}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.params.bandKm").value(50));

        assertThat(types()).containsExactly("ORDER_LOCATION", "PRIORITY", "DESTINATION_COUNTRY", "FEWEST_LOCATIONS",
                "NEAREST");
        assertThat(JsonPath.<Boolean>read(list(), "$.items[1].enabled")).isFalse();
    }

    @Test
    void deletesARuleAndAddsItBackAtAPosition() throws Exception {
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/sourcing-rules/" + idOf("NEAREST"))).andExpect(status().isNoContent());
        assertThat(types()).doesNotContain("NEAREST").hasSize(4);

        api.post("/api/v1/sourcing-rules", "{\"type\": \"NEAREST\", \"position\": 1, \"params\": {\"bandKm\": 25}}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.position").value(1))
                .andExpect(jsonPath("$.enabled").value(true));

        assertThat(types()).containsExactly("NEAREST", "ORDER_LOCATION", "DESTINATION_COUNTRY", "FEWEST_LOCATIONS",
                "PRIORITY");
    }

    @Test
    void replacesTheWholeListKeepingTheIdsOfTypesThatStay() throws Exception {
        String priority = idOf("PRIORITY");

        api.put("/api/v1/sourcing-rules", """
                        {"items": [{"type": "PRIORITY"}, {"type": "ORDER_LOCATION", "enabled": false}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].id").value(priority))
                .andExpect(jsonPath("$.items[1].position").value(2))
                .andExpect(jsonPath("$.items[1].enabled").value(false));

        assertThat(types()).containsExactly("PRIORITY", "ORDER_LOCATION");
    }

    @Test
    void refusesBadInputAndLeavesTheListAsItWas() throws Exception {
        String before = list();
        String id = idOf("PRIORITY");
        for (String body : List.of("{\"type\": \"CHEAPEST\"}", "{\"type\": \"PRIORITY\"}", "{}",
                "{\"type\": \"NEAREST\", \"position\": 9}", "{\"type\": \"NEAREST\", \"position\": 0}")) {
            api.post("/api/v1/sourcing-rules", body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        }
        for (String body : List.of("{\"position\": 6}", "{\"params\": {\"bandKm\": 5}}")) {
            api.put("/api/v1/sourcing-rules/" + id, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        }
        api.put("/api/v1/sourcing-rules/" + idOf("NEAREST"), "{\"params\": {\"bandKm\": -1}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("params.bandKm"));
        api.put("/api/v1/sourcing-rules", "{\"items\": [{\"type\": \"PRIORITY\"}, {\"type\": \"PRIORITY\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items[1].type"));
        api.put("/api/v1/sourcing-rules", "{\"items\": [{\"type\": \"NOPE\"}]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));
        api.put("/api/v1/sourcing-rules", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/validation-failed"));

        assertThat(list()).isEqualTo(before);
    }

    @Test
    void answers404ForAnUnknownRule() throws Exception {
        api.put("/api/v1/sourcing-rules/0190a000-0000-7000-8000-000000000000", "{\"enabled\": false}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/not-found"));
        api.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/sourcing-rules/not-a-uuid")).andExpect(status().isNotFound());
        api.get("/api/v1/sourcing-rules/0190a000-0000-7000-8000-000000000000").andExpect(status().isNotFound());
    }
}
