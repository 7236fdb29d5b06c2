package com.code2asin.lookup.provider;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One access token of an Amazon API, fetched when first needed and again {@code refresh-before} ahead of its expiry
 * or once the API refused it. Callers that arrive while a fetch is under way wait for that fetch instead of starting
 * their own ({@code memoize().until(...)} would cancel and restart it for each of them); a failed fetch is not kept.
 * A fetch that fails is a {@link com.code2asin.lookup.domain.ProviderException} read as the token endpoint means it
 * ({@link HttpFailures#tokenEndpoint}).
 */
public final class TokenCache {

    /** A token as the endpoint issued it, valid {@code lifetimeSeconds}. */
    public record Issued(String token, long lifetimeSeconds) {
    }

    private record Held(String token, Instant refreshAt) {
    }

    private final Clock clock;
    private final Duration refreshBefore;
    private final Supplier<Uni<Issued>> fetch;
    private final Object lock = new Object();
    private Held held;
    private Uni<String> fetching;

    /** {@code endpoint}: how the token endpoint is named in errors and logs ("Login with Amazon"). */
    public TokenCache(String endpoint, Supplier<Uni<Issued>> fetch, Duration refreshBefore, Clock clock) {
        this.clock = clock;
        this.refreshBefore = refreshBefore;
        this.fetch = () -> fetch.get().onFailure().transform(f -> HttpFailures.tokenEndpoint(endpoint, f));
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
                            .onItemOrFailure().invoke((issued, failure) -> {
                                synchronized (lock) {
                                    fetching = null;
                                    if (issued != null) {
                                        held = new Held(issued.token(), clock.instant()
                                                .plusSeconds(issued.lifetimeSeconds()).minus(refreshBefore));
                                    }
                                }
                            })
                            .map(Issued::token)
                            .memoize().indefinitely();
                }
                return fetching;
            }
        });
    }

    /**
     * Calls the API with the held token. Amazon may stop honouring a token before its expiry (app re-authorised,
     * credentials rotated, token revoked), so when the API refuses it ({@code refusal}), the token is dropped, a new
     * one fetched and the call made once more: only the refusal of that fresh token reaches the caller.
     */
    public <T> Uni<T> call(Predicate<Throwable> refusal, Function<String, Uni<T>> call) {
        return accessToken().flatMap(token -> call.apply(token)
                .onFailure(refusal).recoverWithUni(refused -> {
                    Log.debugf("the API refused a cached access token (%s); calling again with a new one",
                            refused.getMessage());
                    refused(token);
                    return accessToken().flatMap(fresh -> call.apply(fresh)
                            .onFailure(refusal).invoke(() -> refused(fresh)));
                }));
    }

    /** Drops {@code token} if it is still the one held: one that another caller already replaced stays replaced. */
    public void refused(String token) {
        synchronized (lock) {
            if (held != null && held.token().equals(token)) {
                held = null;
            }
        }
    }

    /** Forgets the held token, whichever it is. */
    public void invalidate() {
        synchronized (lock) {
            held = null;
        }
    }
}
