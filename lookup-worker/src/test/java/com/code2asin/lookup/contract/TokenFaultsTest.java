package com.code2asin.lookup.contract;

import static com.code2asin.lookup.contract.SimulatorHttp.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.lookup.provider.creators.CreatorsTokenCache;
import com.code2asin.lookup.provider.spapi.LwaTokenCache;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.ImageMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amazon's token refusals read as Amazon means them, against the amazon-simulator's token faults: a refused cached
 * token is replaced and the call repeated, so no item fails; a refused fresh token is an {@code auth} failure that is
 * retried on the job's schedule and said once; a token endpoint that does not answer in time is {@code network}.
 */
@QuarkusTest
@TestProfile(TokenFaultsTest.ShortTokenTimeouts.class)
@QuarkusTestResource(value = SimulatorProcess.class, restrictToAnnotatedClass = true)
class TokenFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Token endpoints give up after 1 s, so a hang of a few seconds outlasts a try. */
    public static class ShortTokenTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.lwa.read-timeout", "1000",
                    "quarkus.rest-client.creators-auth.read-timeout", "1000");
        }
    }

    @Inject
    LookupService lookups;

    @Inject
    LwaTokenCache spApiTokens;

    @Inject
    CreatorsTokenCache creatorsTokens;

    @Inject
    Pool db;

    @AfterEach
    void restore() throws Exception {
        simulator("DELETE", "/sim/config", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void whenAmazonForgetsTheTokensItIssuedTheNextBatchIsAnsweredInFull(String provider) throws Exception {
        assertNoneFailed(lookup(provider, 3)); // a token is held
        simulator("POST", "/sim/stats/reset", null);

        faults("{\"forget-tokens\":true}");
        List<ItemResult> results = lookup(provider, 6);

        assertNoneFailed(results);
        JsonNode stats = stats();
        assertTrue(stats.path("token_refusals").asLong() >= 1, "the held token was refused: " + stats);
        assertTrue(stats.path("token_requests").asLong() >= 1, "and a new one fetched: " + stats);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void whenEachTokenIsRefusedOnceAfterServingEveryItemIsStillAnswered(String provider) throws Exception {
        tokens(provider).invalidate();
        faults("{\"refuse-token-at-use\":2}");
        simulator("POST", "/sim/stats/reset", null);

        for (int i = 0; i < 4; i++) { // one call each: the token of the call before is refused, a new one serves
            assertNoneFailed(lookup(provider, 1));
        }

        JsonNode stats = stats();
        assertTrue(stats.path("token_refusals").asLong() >= 2, "tokens were refused: " + stats);
        assertTrue(stats.path("token_requests").asLong() >= 3, "and replaced: " + stats);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aTokenEndpointHangingAFewSecondsDelaysTheBatchButFailsNoItem(String provider) throws Exception {
        tokens(provider).invalidate();
        simulator("POST", "/sim/stats/reset", null);
        faults("{\"token-hang-s\":3}");

        assertNoneFailed(lookup(provider, 3));
        JsonNode stats = stats();
        assertTrue(stats.path("token_requests_held").asLong() >= 2, "token requests timed out and were tried again: "
                + stats);
    }

    @Test
    void aTokenEndpointHangingPastTheReadTimeoutIsANetworkFailureAndRetried() throws Exception {
        spApiTokens.invalidate();
        creatorsTokens.invalidate();
        faults("{\"token-hang-s\":120}");

        ProviderException lwa = assertThrows(ProviderException.class, () -> spApiTokens.accessToken().await()
                .atMost(WAIT));
        ProviderException cognito = assertThrows(ProviderException.class, () -> creatorsTokens.accessToken().await()
                .atMost(WAIT));
        assertEquals(ErrorCategory.NETWORK, lwa.category(), lwa.getMessage());
        assertTrue(lwa.getMessage().startsWith("Login with Amazon did not answer in time"), lwa.getMessage());
        assertEquals(ErrorCategory.NETWORK, cognito.category(), cognito.getMessage());

        ItemResult item = lookup("sp-api", 1).get(0); // the worker's own retries time out too
        assertEquals(ItemStatus.FAILED, item.status());
        assertEquals(ErrorCategory.NETWORK, item.errorCategory(), item.error());
        assertTrue(item.errorCategory().retryable(), "job-api retries it on the job's schedule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aFreshTokenRefusedTooIsAnAuthFailureRetriedOnTheJobsScheduleAndSaidOnce(String provider) throws Exception {
        assertNoneFailed(lookup(provider, 1)); // the credential is accepted
        List<String> warnings = new CopyOnWriteArrayList<>();
        List<String> infos = new CopyOnWriteArrayList<>();
        Handler capture = capture(warnings, infos);
        Logger log = Logger.getLogger("com.code2asin.lookup.provider.CredentialWatch");
        log.addHandler(capture);
        try {
            tokens(provider).invalidate();
            faults("{\"refuse-token-at-use\":1}"); // every token's first call is refused: the new one's too

            List<ItemResult> first = lookup(provider, 1); // one call a batch: no other call uses the new token first
            List<ItemResult> second = lookup(provider, 1);

            for (ItemResult item : concat(first, second)) {
                assertEquals(ItemStatus.FAILED, item.status(), item::toString);
                assertEquals(ErrorCategory.AUTH, item.errorCategory(), item.error());
                assertTrue(item.errorCategory().retryable(), "job-api retries it on the job's schedule");
            }
            assertEquals(1, warnings.size(), "said once for both batches: " + warnings);
            String warning = warnings.get(0);
            assertTrue(warning.startsWith(provider.equals("sp-api") ? "Amazon refused the SP-API credentials (LWA "
                    + "client id amzn****ocal" : "Amazon refused the Creators API credential (credential id "
                    + "code****tors"), warning);
            assertTrue(warning.contains("retries them on each job's schedule"), warning);
            for (String secret : List.of("local-secret", "Atzr|code2asin-local", "local-creators-secret")) {
                assertFalse(warning.contains(secret), "no secret in the log: " + warning);
            }

            simulator("DELETE", "/sim/config", null); // the credential is fixed
            assertNoneFailed(lookup(provider, 1));
            assertEquals(1, infos.size(), "accepted again, said once: " + infos);
        } finally {
            log.removeHandler(capture);
        }
    }

    private CacheLike tokens(String provider) {
        return provider.equals("sp-api") ? spApiTokens::invalidate : creatorsTokens::invalidate;
    }

    /** Drops the provider's held token, so a test starts from a token fetch. */
    @FunctionalInterface
    private interface CacheLike {
        void invalidate();
    }

    /** One batch of {@code count} fresh codes on DE, none in the worker's cache, so Amazon is asked for each. */
    private List<ItemResult> lookup(String provider, int count) {
        List<LookupItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "40" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
            String code = body + CodeParser.checkDigit(body);
            items.add(new LookupItem(UUID.randomUUID(), code, CodeParser.parse(code).gtin14(), "EAN-13", null, null));
        }
        db.preparedQuery("DELETE FROM catalog_cache WHERE gtin14 = ANY($1)")
                .execute(Tuple.of(items.stream().map(LookupItem::gtin14).toArray(String[]::new))).await().atMost(WAIT);
        LookupRequested batch = new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), "acme", Marketplace.DE,
                provider, true, 0.85, false, 0, ImageMode.SKIP, items, List.of(), null);
        return lookups.lookup(batch).await().atMost(WAIT).items();
    }

    private static void assertNoneFailed(List<ItemResult> results) {
        for (ItemResult r : results) {
            assertTrue(r.status() != ItemStatus.FAILED, () -> "failed: " + r);
        }
    }

    private static List<ItemResult> concat(List<ItemResult> a, List<ItemResult> b) {
        List<ItemResult> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Handler capture(List<String> warnings, List<String> infos) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(text);
                } else if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    infos.add(text);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static void faults(String faults) throws Exception {
        simulator("PUT", "/sim/config", "{\"faults\":" + faults + "}");
    }

    private static JsonNode stats() throws Exception {
        return JSON.readTree(simulator("GET", "/sim/stats", null));
    }
}
