package com.code2asin.lookup.provider.creators;

import com.code2asin.lookup.config.CreatorsConfig;
import com.code2asin.lookup.provider.TokenCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The Creators API access token, fetched with the client credentials from the endpoint of the credential's version
 * and refreshed {@code refresh-before} ahead of its expiry, and at once when the API refuses it (see
 * {@link TokenCache}).
 */
@ApplicationScoped
public class CreatorsTokenCache {

    private static final String GRANT = "client_credentials";

    private final TokenCache tokens;

    @Inject
    CreatorsTokenCache(@RestClient CreatorsAuthClient auth, CreatorsConfig config) {
        this(auth, config, Clock.systemUTC());
    }

    CreatorsTokenCache(CreatorsAuthClient auth, CreatorsConfig config, Clock clock) {
        this(auth, () -> config.clientId().orElseThrow(), () -> config.clientSecret().orElseThrow(),
                CredentialVersion.parse(config.credentialVersion()), "", config.refreshBefore(), clock);
    }

    /** The tokens of a tenant's own credential; its refusals name the tenant. */
    CreatorsTokenCache(CreatorsAuthClient auth, String tenant, String id, String secret, CredentialVersion version,
                       Duration refreshBefore) {
        this(auth, () -> id, () -> secret, version, " (for the Creators API credential tenant '" + tenant
                + "' stored with PUT /api/v1/amazon/config)", refreshBefore, Clock.systemUTC());
    }

    private CreatorsTokenCache(CreatorsAuthClient auth, Supplier<String> id, Supplier<String> secret,
                               CredentialVersion version, String whose, Duration refreshBefore, Clock clock) {
        this.tokens = new TokenCache((version.lwa() ? "Login with Amazon" : "the Creators API token endpoint (Cognito)")
                + whose,
                () -> (version.lwa() ? auth.lwa(new CreatorsAuthClient.LwaRequest(GRANT, id.get(), secret.get(),
                        version.scope())) : auth.cognito(GRANT, id.get(), secret.get(), version.scope()))
                        .map(t -> new TokenCache.Issued(t.accessToken(), t.lifetimeSeconds())),
                refreshBefore, clock);
    }

    /** The current token, fetching a new one first if there is none, it was refused or it is about to expire. */
    public Uni<String> accessToken() {
        return tokens.accessToken();
    }

    /** A call with the token, made once more with a new token if the API refused the first ({@code refusal}). */
    public <T> Uni<T> call(Predicate<Throwable> refusal, Function<String, Uni<T>> call) {
        return tokens.call(refusal, call);
    }

    /** Forget the token. */
    public void invalidate() {
        tokens.invalidate();
    }
}
