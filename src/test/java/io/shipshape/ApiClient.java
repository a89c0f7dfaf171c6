package io.shipshape;

import java.util.Set;

import io.shipshape.web.security.ApiKeyManagement;
import io.shipshape.web.security.Scope;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


/** Calls the API through MockMvc with a bearer key. {@link #admin} uses the bootstrap admin key of the test profile. */
public final class ApiClient {

    public static final String ADMIN_KEY = "ss_test_bootstrap_admin_key_0000";

    private final MockMvc mvc;
    private final String key;

    private ApiClient(MockMvc mvc, String key) {
        this.mvc = mvc;
        this.key = key;
    }

    public static ApiClient admin(MockMvc mvc) {
        return new ApiClient(mvc, ADMIN_KEY);
    }

    /** A client with a fresh key that has exactly these scopes. */
    public static ApiClient withScopes(MockMvc mvc, ApiKeyManagement keys, Scope... scopes) {
        return new ApiClient(mvc, keys.create(TestData.unique("test-key"), Set.of(scopes), "test").secret());
    }

    public String key() {
        return key;
    }

    public ResultActions get(String path, Object... vars) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars));
    }

    public ResultActions post(String path, String json) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions post(String path, String json, String idempotencyKey) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(json).header("Idempotency-Key", idempotencyKey));
    }

    public ResultActions put(String path, String json) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions patch(String path, String json) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(path)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key));
    }
}
