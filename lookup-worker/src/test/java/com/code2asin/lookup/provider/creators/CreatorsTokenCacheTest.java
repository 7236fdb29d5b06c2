package com.code2asin.lookup.provider.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.domain.ProviderException;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CreatorsTokenCacheTest {

    /** A token endpoint that counts its calls and answers token-1, token-2, ... valid for {@code expiresIn}. */
    private static final class FakeAuth implements CreatorsAuthClient {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> requests = new ArrayList<>();
        Long expiresIn = 3600L;
        CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

        @Override
        public Uni<CreatorsToken> cognito(String grantType, String clientId, String clientSecret, String scope) {
            requests.add("cognito " + grantType + " " + clientId + " " + clientSecret + " " + scope);
            return answer();
        }

        @Override
        public Uni<CreatorsToken> lwa(LwaRequest request) {
            requests.add("lwa " + request.grantType() + " " + request.clientId() + " " + request.clientSecret() + " "
                    + request.scope());
            return answer();
        }

        private Uni<CreatorsToken> answer() {
            int n = calls.incrementAndGet();
            return Uni.createFrom().completionStage(gate)
                    .map(ignored -> new CreatorsToken("token-" + n, "bearer", expiresIn));
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final FakeAuth auth = new FakeAuth();
    private final MutableClock clock = new MutableClock();

    private CreatorsTokenCache cache(String version) {
        return new CreatorsTokenCache(auth, Fixtures.config(Map.of("credential-version", version,
                "client-id", "id-1", "client-secret", "secret-1")), clock);
    }

    private static String get(CreatorsTokenCache cache) {
        return cache.accessToken().await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void v3CredentialsAskLoginWithAmazonWithTheDoubleColonScope() {
        assertEquals("token-1", get(cache("3.2")));
        assertEquals(List.of("lwa client_credentials id-1 secret-1 creatorsapi::default"), auth.requests);
    }

    @Test
    void v2CredentialsAskCognitoWithTheSlashScope() {
        assertEquals("token-1", get(cache("2.2")));
        assertEquals(List.of("cognito client_credentials id-1 secret-1 creatorsapi/default"), auth.requests);
    }

    @Test
    void theTokenIsReusedUntilRefreshBeforeAheadOfItsExpiry() {
        CreatorsTokenCache cache = cache("3.2");
        assertEquals("token-1", get(cache));
        clock.advance(Duration.ofSeconds(3600 - 61));
        assertEquals("token-1", get(cache), "61 s before expiry it is still used");
        clock.advance(Duration.ofSeconds(2));
        assertEquals("token-2", get(cache), "59 s before expiry it is refreshed (refresh-before 60 s)");
        assertEquals(2, auth.calls.get());
    }

    @Test
    void aMissingExpiresInCountsAsOneHour() {
        auth.expiresIn = null;
        CreatorsTokenCache cache = cache("3.2");
        get(cache);
        clock.advance(Duration.ofSeconds(3600 - 61));
        get(cache);
        assertEquals(1, auth.calls.get());
    }

    @Test
    void concurrentCallersShareOneRefresh() {
        CreatorsTokenCache cache = cache("3.2");
        auth.gate = new CompletableFuture<>();
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            waiting.add(cache.accessToken().subscribeAsCompletionStage());
        }
        assertFalse(waiting.get(0).isDone());
        auth.gate.complete(null);
        waiting.forEach(w -> assertEquals("token-1", w.join()));
        assertEquals(1, auth.calls.get());
    }

    @Test
    void invalidateFetchesANewTokenOnTheNextCall() {
        CreatorsTokenCache cache = cache("3.2");
        assertEquals("token-1", get(cache));
        cache.invalidate();
        assertEquals("token-2", get(cache));
        assertEquals("token-2", get(cache));
        assertEquals(2, auth.calls.get());
    }

    @Test
    void aFailedFetchIsNotKept() {
        CreatorsTokenCache cache = cache("3.2");
        auth.gate = CompletableFuture.failedFuture(new IllegalStateException("invalid_client"));
        assertThrows(ProviderException.class, () -> get(cache));
        auth.gate = CompletableFuture.completedFuture(null);
        assertEquals("token-2", get(cache));
    }

    @Test
    void credentialsNeverShowInToStrings() {
        String request = new CreatorsAuthClient.LwaRequest("client_credentials", "id-1", "secret-1",
                "creatorsapi::default").toString();
        assertFalse(request.contains("secret-1"));
        assertTrue(request.contains("***"));
        assertFalse(new CreatorsToken("Atc|secret-token", "bearer", 3600L).toString().contains("secret-token"));
    }
}
