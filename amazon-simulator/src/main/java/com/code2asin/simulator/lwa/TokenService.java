package com.code2asin.simulator.lwa;

import com.code2asin.simulator.catalog.StableHash;
import com.code2asin.simulator.config.SimulatorConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a refresh-token grant against the configured credentials and issues an access token owned by the
 * (client id, refresh token) pair, the unit SP-API quotas apply to.
 */
@ApplicationScoped
public class TokenService {

    private final SimulatorConfig.Lwa credentials;
    private final Set<String> refreshTokens = new HashSet<>();
    private final TokenStore tokens;

    public TokenService(SimulatorConfig config, TokenStore tokens) {
        this.credentials = config.lwa();
        this.tokens = tokens;
        refreshTokens.add(credentials.refreshToken());
        refreshTokens.addAll(credentials.extraRefreshTokens().orElse(List.of()));
    }

    public TokenResponse exchange(TokenRequest request) {
        TokenRequest r = request == null ? new TokenRequest(null, null, null, null, null) : request;
        require("grant_type", r.grantType());
        require("client_id", r.clientId());
        require("client_secret", r.clientSecret());
        if (!"refresh_token".equals(r.grantType())) {
            throw new LwaException(400, "invalid_request", "The request has an invalid parameter : grant_type");
        }
        require("refresh_token", r.refreshToken());
        if (!credentials.clientId().equals(r.clientId()) || !credentials.clientSecret().equals(r.clientSecret())) {
            Log.infof("Token refused: unknown client id or secret for client %s", r.clientId());
            throw new LwaException(401, "invalid_client", "Client authentication failed");
        }
        if (!refreshTokens.contains(r.refreshToken())) {
            Log.info("Token refused: unknown refresh token");
            throw new LwaException(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
        }
        String owner = credential(r.clientId(), r.refreshToken());
        return new TokenResponse(tokens.issue(owner), "bearer", tokens.ttl().toSeconds(), r.refreshToken());
    }

    /** How stats name an SP-API credential: the client id and a short hash of the refresh token (never the token). */
    public static String credential(String clientId, String refreshToken) {
        return clientId + "/rt-" + "%016x".formatted(StableHash.of(refreshToken)).substring(0, 8);
    }

    static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new LwaException(400, "invalid_request", "The request is missing a required parameter : " + name);
        }
    }
}
