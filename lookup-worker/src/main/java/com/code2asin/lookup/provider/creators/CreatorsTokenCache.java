package com.code2asin.lookup.provider.creators;

import com.code2asin.lookup.provider.TokenCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;
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
        CredentialVersion version = CredentialVersion.parse(config.credentialVersion());
        this.tokens = new TokenCache(version.lwa() ? "Login with Amazon" : "the Creators API token endpoint (Cognito)",
                () -> {
                    String id = config.clientId().orElseThrow();
                    String secret = config.clientSecret().orElseThrow();
                    return (version.lwa() ? auth.lwa(new CreatorsAuthClient.LwaRequest(GRANT, id, secret,
                            version.scope())) : auth.cognito(GRANT, id, secret, version.scope()))
                            .map(t -> new TokenCache.Issued(t.accessToken(), t.lifetimeSeconds()));
                }, config.refreshBefore(), clock);
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
