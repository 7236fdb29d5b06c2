package com.code2asin.lookup.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    private static final Predicate<Throwable> REFUSED = f -> f instanceof IllegalStateException;

    private final AtomicInteger fetches = new AtomicInteger();
    private final TokenCache cache = new TokenCache("Login with Amazon",
            () -> Uni.createFrom().item(() -> new TokenCache.Issued("token-" + fetches.incrementAndGet(), 3600)),
            Duration.ofSeconds(60), Clock.systemUTC());
    private final List<String> used = new CopyOnWriteArrayList<>();

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(5));
    }

    /** An API that refuses the tokens named, answers with the others. */
    private Uni<String> api(String token, List<String> refused) {
        used.add(token);
        return refused.contains(token) ? Uni.createFrom().failure(new IllegalStateException("403 " + token))
                : Uni.createFrom().item("answered with " + token);
    }

    @Test
    void aRefusedCachedTokenIsReplacedAndTheCallMadeOnceMore() {
        assertEquals("token-1", await(cache.accessToken()));

        assertEquals("answered with token-2", await(cache.call(REFUSED, t -> api(t, List.of("token-1")))));

        assertEquals(List.of("token-1", "token-2"), used);
        assertEquals("token-2", await(cache.accessToken()), "the new token is kept");
    }

    @Test
    void aRefusalOfTheFreshTokenReachesTheCallerAfterOneRepeat() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> await(cache.call(REFUSED, t -> api(t, List.of("token-1", "token-2", "token-3")))));

        assertEquals("403 token-2", e.getMessage());
        assertEquals(List.of("token-1", "token-2"), used, "called twice, not more");
        assertEquals("token-3", await(cache.accessToken()), "the refused fresh token is dropped too");
    }

    @Test
    void otherFailuresAreNotRepeated() {
        assertThrows(UnsupportedOperationException.class, () -> await(cache.call(REFUSED, t -> {
            used.add(t);
            return Uni.createFrom().failure(new UnsupportedOperationException("500"));
        })));
        assertEquals(List.of("token-1"), used);
        assertEquals(1, fetches.get());
    }

    @Test
    void aLateRefusalOfATokenAlreadyReplacedKeepsItsReplacement() {
        await(cache.accessToken());
        cache.refused("token-1");
        assertEquals("token-2", await(cache.accessToken()));
        cache.refused("token-1"); // another caller, refused with token-1 too, reports it after the refresh
        assertEquals("token-2", await(cache.accessToken()));
        assertEquals(2, fetches.get());
    }
}
