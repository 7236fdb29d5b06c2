package com.code2asin.lookup.provider.spapi;

import com.code2asin.lookup.provider.spapi.LwaClient;
import com.code2asin.lookup.config.LookupConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Holds one SP-API access token and refreshes it shortly before it expires; concurrent callers share one refresh. */
@ApplicationScoped
public class LwaTokenCache {

    private final LookupConfig.SpApi config;
    private final Uni<String> token;
    private volatile Instant refreshAt = Instant.MIN;

    LwaTokenCache(@RestClient LwaClient lwa, LookupConfig config) {
        this.config = config.spApi();
        // While a fetch is under way refreshAt is MAX, so callers arriving meanwhile wait for it instead of
        // starting (and cancelling) fetches of their own; a failed fetch is forgotten at once.
        this.token = Uni.createFrom()
                .deferred(() -> {
                    refreshAt = Instant.MAX;
                    return lwa.exchange("refresh_token", this.config.refreshToken().orElseThrow(),
                            this.config.clientId().orElseThrow(), this.config.clientSecret().orElseThrow());
                })
                .map(t -> {
                    refreshAt = Instant.now().plusSeconds(t.expiresIn()).minus(this.config.refreshBefore());
                    return t.accessToken();
                })
                .onFailure().invoke(() -> refreshAt = Instant.MIN)
                .memoize().until(() -> Instant.now().isAfter(refreshAt));
    }

    public Uni<String> accessToken() {
        return token;
    }

    /** Forget the token, e.g. after Amazon answered 403 to it. */
    public void invalidate() {
        refreshAt = Instant.MIN;
    }
}
