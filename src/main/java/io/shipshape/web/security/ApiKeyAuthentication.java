package io.shipshape.web.security;

import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API key: its name is the principal, its scopes the authorities. */
public class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKeyManagement.Verified key;

    ApiKeyAuthentication(ApiKeyManagement.Verified key) {
        super(key.scopes().stream().map(s -> new SimpleGrantedAuthority(s.authority())).toList());
        this.key = key;
        setAuthenticated(true);
    }

    public UUID keyId() {
        return key.id();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "api-key:" + key.name();
    }

    @Override
    public String getName() {
        return "api-key:" + key.name();
    }
}
