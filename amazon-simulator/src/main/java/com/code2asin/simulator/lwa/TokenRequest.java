package com.code2asin.simulator.lwa;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The LWA token request, as JSON body or form fields; {@code scope} only for client_credentials grants. */
@RegisterForReflection
public record TokenRequest(@JsonProperty("grant_type") String grantType,
                           @JsonProperty("refresh_token") String refreshToken,
                           @JsonProperty("client_id") String clientId,
                           @JsonProperty("client_secret") String clientSecret,
                           @JsonProperty("scope") String scope) {

    /** The same request with the client id and secret of an HTTP Basic header, when the body has none. */
    public TokenRequest withBasic(String authorization) {
        if (clientId != null || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return this;
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).strip()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return this;
            }
            return new TokenRequest(grantType, refreshToken, decoded.substring(0, colon),
                    decoded.substring(colon + 1), scope);
        } catch (IllegalArgumentException e) {
            return this;
        }
    }
}
