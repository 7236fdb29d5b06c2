package com.code2asin.simulator.creators;

import com.code2asin.simulator.config.SimulatorConfig;
import com.code2asin.simulator.control.RevocableTokens;
import com.code2asin.simulator.lwa.ClientCredentialsGrant;
import com.code2asin.simulator.lwa.LwaException;
import com.code2asin.simulator.lwa.TokenRequest;
import com.code2asin.simulator.lwa.TokenResponse;
import com.code2asin.simulator.lwa.TokenStore;
import io.quarkus.logging.Log;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Creators API client-credentials grants: Cognito ({@code /oauth2/token}, versions 2.x, scope
 * {@code creatorsapi/default}) and Login with Amazon ({@code /auth/o2/token}, versions 3.x, scope
 * {@code creatorsapi::default}). Tokens are owned by the credential id, the unit Creators quotas apply to.
 */
@Singleton
public class CreatorsTokens implements ClientCredentialsGrant, RevocableTokens {

    public static final String COGNITO_SCOPE = "creatorsapi/default";
    public static final String LWA_SCOPE = "creatorsapi::default";

    private final Map<String, String> secrets = new HashMap<>();
    private final TokenStore store;

    public CreatorsTokens(SimulatorConfig config) {
        SimulatorConfig.Creators c = config.creators();
        secrets.putAll(c.extraClients());
        secrets.put(c.clientId(), c.clientSecret());
        this.store = new TokenStore(Clock.systemUTC(), Duration.ofSeconds(c.tokenTtl()), "Atza|");
    }

    public TokenStore store() {
        return store;
    }

    /** The LWA grant (versions 3.x) asks for this scope. */
    @Override
    public String scope() {
        return LWA_SCOPE;
    }

    /** The LWA grant (versions 3.x), from {@code /auth/o2/token}. */
    @Override
    public TokenResponse exchange(TokenRequest request) {
        return exchange(request, false);
    }

    @Override
    public void revokeAll() {
        store.revokeAll();
    }

    /** Cognito answers 400 for every refusal; LWA 401 for a bad client. */
    public TokenResponse exchange(TokenRequest r, boolean cognito) {
        require("grant_type", r.grantType());
        if (!"client_credentials".equals(r.grantType())) {
            throw new LwaException(400, "unsupported_grant_type", "The grant type is not supported : " + r.grantType());
        }
        require("client_id", r.clientId());
        require("client_secret", r.clientSecret());
        String scope = cognito ? COGNITO_SCOPE : LWA_SCOPE;
        if (r.scope() != null && !r.scope().isBlank() && !scope.equals(r.scope())) {
            throw new LwaException(400, "invalid_scope", "The requested scope is invalid : " + r.scope());
        }
        String secret = secrets.get(r.clientId());
        if (secret == null || !secret.equals(r.clientSecret())) {
            Log.infof("Creators token refused: unknown credential id or secret for %s", r.clientId());
            throw new LwaException(cognito ? 400 : 401, "invalid_client", "Client authentication failed");
        }
        return new TokenResponse(store.issue(r.clientId()), cognito ? "Bearer" : "bearer",
                store.ttl().toSeconds(), null);
    }

    /** The token of {@code Bearer <token>} or {@code Bearer <token>, Version 2.x}, or null. */
    public static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String rest = authorization.substring(7).strip();
        int comma = rest.indexOf(',');
        String token = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        return token.isEmpty() ? null : token;
    }

    private static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new LwaException(400, "invalid_request", "The request is missing a required parameter : " + name);
        }
    }
}
