package com.code2asin.lookup.provider.creators;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Holds one Creators API access token, fetched with the client credentials and refreshed {@code refresh-before} ahead
 * of its expiry. Callers that arrive while a fetch is under way wait for that fetch instead of starting their own
 * ({@code memoize().until(...)} would cancel and restart it for each of them); a failed fetch is not kept.
 */
@ApplicationScoped
public class CreatorsTokenCache {

    private static final String GRANT = "client_credentials";

    private record Held(String token, Instant refreshAt) {
    }

    private final Clock clock;
    private final Duration refreshBefore;
    private final Supplier<Uni<CreatorsToken>> fetch;
    private final Object lock = new Object();
    private Held held;
    private Uni<String> fetching;

    @Inject
    CreatorsTokenCache(@RestClient CreatorsAuthClient auth, CreatorsConfig config) {
        this(auth, config, Clock.systemUTC());
    }

    CreatorsTokenCache(CreatorsAuthClient auth, CreatorsConfig config, Clock clock) {
        this.clock = clock;
        this.refreshBefore = config.refreshBefore();
        CredentialVersion version = CredentialVersion.parse(config.credentialVersion());
        this.fetch = () -> {
            String id = config.clientId().orElseThrow();
            String secret = config.clientSecret().orElseThrow();
            return version.lwa() ? auth.lwa(new CreatorsAuthClient.LwaRequest(GRANT, id, secret, version.scope()))
                    : auth.cognito(GRANT, id, secret, version.scope());
        };
    }

    /** The current token, fetching a new one first if there is none, it was refused or it is about to expire. */
    public Uni<String> accessToken() {
        return Uni.createFrom().deferred(() -> {
            synchronized (lock) {
                if (held != null && clock.instant().isBefore(held.refreshAt())) {
                    return Uni.createFrom().item(held.token());
                }
                if (fetching == null) {
                    fetching = Uni.createFrom().deferred(fetch::get)
                            .onItemOrFailure().invoke((token, failure) -> {
                                synchronized (lock) {
                                    fetching = null;
                                    if (token != null) {
                                        held = new Held(token.accessToken(), clock.instant()
                                                .plusSeconds(token.lifetimeSeconds()).minus(refreshBefore));
                                    }
                                }
                            })
                            .map(CreatorsToken::accessToken)
                            .memoize().indefinitely();
                }
                return fetching;
            }
        });
    }

    /** Forget the token, e.g. after the API answered 401 to it. */
    public void invalidate() {
        synchronized (lock) {
            held = null;
        }
    }
}
