package io.shipshape.web.security;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.shipshape.shared.InvalidRequest;
import io.shipshape.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/api-keys}: create (the secret is in this answer only), list and revoke keys. Admin only. */
@RestController
@RequestMapping(value = "/api/v1/api-keys", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API keys")
class ApiKeyApiController {

    record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name,
                               @NotEmpty @Size(max = 20) List<@NotBlank String> scopes) {
    }

    record ApiKeyResponse(String id, String name, String prefix, List<String> scopes, java.time.Instant createdAt,
                          String createdBy, java.time.Instant revokedAt, java.time.Instant lastUsedAt,
                          String secret) {
        static ApiKeyResponse of(ApiKeyManagement.ApiKeyView k, String secret) {
            return new ApiKeyResponse(k.id().toString(), k.name(), k.prefix(), k.scopes(), k.createdAt(),
                    k.createdBy(), k.revokedAt(), k.lastUsedAt(), secret);
        }
    }

    record ApiKeyList(List<ApiKeyResponse> items, String nextCursor) {
    }

    private final ApiKeyManagement apiKeys;

    ApiKeyApiController(ApiKeyManagement apiKeys) {
        this.apiKeys = apiKeys;
    }

    @PostMapping
    @Operation(summary = "Create an API key; the secret is returned once, in this response")
    ResponseEntity<ApiKeyResponse> create(@Valid @RequestBody CreateApiKeyRequest request, Authentication caller) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (int i = 0; i < request.scopes().size(); i++) {
            String s = request.scopes().get(i);
            int index = i;
            scopes.add(Scope.parse(s).orElseThrow(() -> InvalidRequest.of("scopes[" + index + "]",
                    "unknown scope '" + s + "'; known: " + java.util.Arrays.stream(Scope.values()).map(Scope::value).toList())));
        }
        var created = apiKeys.create(request.name(), scopes, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + created.key().id()))
                .body(ApiKeyResponse.of(created.key(), created.secret()));
    }

    @GetMapping
    ApiKeyList list() {
        return new ApiKeyList(apiKeys.list().stream().map(k -> ApiKeyResponse.of(k, null)).toList(), null);
    }

    @GetMapping("/{id}")
    ApiKeyResponse get(@PathVariable String id) {
        return ApiKeyResponse.of(apiKeys.get(parse(id)), null);
    }

    @PostMapping("/{id}/revoke")
    ApiKeyResponse revoke(@PathVariable String id) {
        return ApiKeyResponse.of(apiKeys.revoke(parse(id)), null);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/{id}")
    ApiKeyResponse delete(@PathVariable String id) {
        return revoke(id);
    }

    private static UUID parse(String id) {
        return NotFound.uuid("API key", id);
    }
}
