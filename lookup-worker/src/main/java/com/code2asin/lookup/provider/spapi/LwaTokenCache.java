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

    private final TokenCache tokens;

    LwaTokenCache(@RestClient LwaClient lwa, LookupConfig config) {
        LookupConfig.SpApi spApi = config.spApi();
        this.tokens = new TokenCache("Login with Amazon", () -> lwa.exchange("refresh_token",
                        spApi.refreshToken().orElseThrow(), spApi.clientId().orElseThrow(),
                        spApi.clientSecret().orElseThrow())
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
