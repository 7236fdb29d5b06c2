package com.code2asin.lookup.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up checks against the real application.properties, per profile, with what a deployment may set on top. */
class StartupChecksTest {

    private static final List<String> CREDENTIALS = List.of("LOOKUP_WORKER_SP_API_CLIENT_ID",
            "LOOKUP_WORKER_SP_API_CLIENT_SECRET", "LOOKUP_WORKER_SP_API_REFRESH_TOKEN",
            "LOOKUP_WORKER_CREATORS_CLIENT_ID", "LOOKUP_WORKER_CREATORS_CLIENT_SECRET");

    /** application.properties as the given profile reads it, under {@code deployed} (as environment variables are). */
    private static SmallRyeConfig config(String profile, Map<String, String> deployed) {
        try {
            return new SmallRyeConfigBuilder()
                    .withProfile(profile)
                    .withMapping(LookupConfig.class)
                    .withMapping(CreatorsConfig.class)
                    .withValidateUnknown(false)
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withSources(new PropertiesConfigSource(
                            StartupChecksTest.class.getResource("/application.properties"), 250))
                    .withSources(new PropertiesConfigSource(deployed, "deployment", 400))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> missing(SmallRyeConfig config) {
        return StartupChecks.missingCredentials(config.getConfigMapping(LookupConfig.class),
                config.getConfigMapping(CreatorsConfig.class));
    }

    @Test
    void productionWithoutCredentialsIsRefusedNamingEveryVariableToSet() {
        String problem = missing(config("prod", Map.of())).orElseThrow();
        CREDENTIALS.forEach(name -> assertTrue(problem.contains(name), problem));
    }

    @Test
    void productionWithItsCredentialsSetStarts() {
        assertEquals(Optional.empty(), missing(config("prod", Map.of(
                "lookup-worker.sp-api.client-id", "amzn1.application-oa2-client.real",
                "lookup-worker.sp-api.client-secret", "s", "lookup-worker.sp-api.refresh-token", "Atzr|real",
                "lookup-worker.creators.client-id", "c", "lookup-worker.creators.client-secret", "s"))));
    }

    @Test
    void aBlankOrMissingCredentialIsNamedAlone() {
        String problem = missing(config("prod", Map.of(
                "lookup-worker.sp-api.client-id", "amzn1.application-oa2-client.real",
                "lookup-worker.sp-api.client-secret", " ", "lookup-worker.sp-api.refresh-token", "Atzr|real",
                "lookup-worker.creators.client-id", "c"))).orElseThrow();
        assertTrue(problem.contains("set LOOKUP_WORKER_SP_API_CLIENT_SECRET, LOOKUP_WORKER_CREATORS_CLIENT_SECRET "),
                problem);
        assertTrue(!problem.contains("CLIENT_ID"), problem);
    }

    @Test
    void devAndTestUseTheSimulatorsCredentials() {
        assertEquals(Optional.empty(), missing(config("dev", Map.of())));
        assertEquals(Optional.empty(), missing(config("test", Map.of())));
    }

    @Test
    void theChannelWaitsLongerThanABatchMayTake() {
        SmallRyeConfig config = config("prod", Map.of());
        LookupConfig lookup = config.getConfigMapping(LookupConfig.class);
        assertEquals(Duration.ofMinutes(10), lookup.maxBatchWait());
        assertEquals(600_000 + 4 * 23_000, StartupChecks.neededRecordAgeMs(lookup));
        assertEquals(List.of(), StartupChecks.tooShortRecordAges(lookup, config));
    }

    @Test
    void aRecordAgeShorterThanABatchMayTakeIsRefusedPerCopy() {
        SmallRyeConfig oneCopy = config("prod", Map.of(
                "mp.messaging.incoming.lookup-requested$3.throttled.unprocessed-record-max-age.ms", "60000"));
        List<String> problems = StartupChecks.tooShortRecordAges(oneCopy.getConfigMapping(LookupConfig.class),
                oneCopy);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(
                "mp.messaging.incoming.lookup-requested$3.throttled.unprocessed-record-max-age.ms is 60000"));

        SmallRyeConfig longerWait = config("prod", Map.of("lookup-worker.max-batch-wait", "30m"));
        assertEquals(4, StartupChecks.tooShortRecordAges(longerWait.getConfigMapping(LookupConfig.class), longerWait)
                .size(), "every copy reads the channel's setting");
    }
}
