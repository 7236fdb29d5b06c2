package com.code2asin.lookup.provider.spapi;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.provider.TokenCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The SP-API access token: Login with Amazon exchanges the seller's refresh token for it, valid an hour; it is
 * refreshed {@code refresh-before} ahead of its expiry, and at once when SP-API refuses it (see {@link TokenCache}).
 */
@ApplicationScoped
public class LwaTokenCache {

    private final LwaClient lwa;
    private final LookupConfig.SpApi spApi;
    private final TokenCache tokens;

    LwaTokenCache(@RestClient LwaClient lwa, LookupConfig config) {
        this.lwa = lwa;
        this.spApi = config.spApi();
        this.tokens = seller(spApi.refreshToken().orElseThrow());
    }

    /** The platform seller's tokens (the {@code sp-api.refresh-token} of the configuration). */
    public TokenCache platform() {
        return tokens;
    }

    /** The tokens of another seller who authorised the same application: a tenant's own account. */
    public TokenCache seller(String refreshToken) {
        return new TokenCache("Login with Amazon", () -> lwa.exchange("refresh_token", refreshToken,
                        spApi.clientId().orElseThrow(), spApi.clientSecret().orElseThrow())
                .map(t -> new TokenCache.Issued(t.accessToken(), t.expiresIn())),
                spApi.refreshBefore(), Clock.systemUTC());
    }

    public Uni<String> accessToken() {
        return tokens.accessToken();
    }

    /** A call with the token, made once more with a new token if SP-API refused the first ({@code refusal}). */
    public <T> Uni<T> call(Predicate<Throwable> refusal, Function<String, Uni<T>> call) {
        return tokens.call(refusal, call);
    }

    /** Forget the token. */
    public void invalidate() {
        tokens.invalidate();
    }
}
