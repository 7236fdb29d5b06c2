package com.code2asin.lookup.config;

import com.code2asin.support.BackOffRetries;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * What the worker refuses to start without, checked before the Kafka consumers start (messaging starts at priority
 * {@code LIBRARY_BEFORE}): the providers' credentials, which have no default outside %dev and %test (dummies would
 * fail every item as {@code auth}), and an unprocessed-record age on the {@code lookup-requested} channel and its
 * copies that covers the longest a batch may take (past it SmallRye stops the consumer).
 */
@ApplicationScoped
public class StartupChecks {

    static final String CHANNEL = "lookup-requested";
    static final String MAX_AGE = "throttled.unprocessed-record-max-age.ms";
    /** SmallRye's default when the channel does not set it. */
    static final long DEFAULT_MAX_AGE_MS = 60_000;
    /** Steps retried outside the lookup's deadline: the dedupe check, batch.done, image.requested, the record. */
    static final int OTHER_STEPS = 4;

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started, LookupConfig config,
               CreatorsConfig creators, Config raw) {
        List<String> problems = new ArrayList<>();
        missingCredentials(config, creators).ifPresent(problems::add);
        problems.addAll(tooShortRecordAges(config, raw));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("lookup-worker cannot start: " + String.join("; ", problems));
        }
    }

    /** Which credential environment variables are unset or blank, in a sentence; empty when all are set. */
    static Optional<String> missingCredentials(LookupConfig config, CreatorsConfig creators) {
        Map<String, Optional<String>> required = new LinkedHashMap<>();
        required.put("LOOKUP_WORKER_SP_API_CLIENT_ID", config.spApi().clientId());
        required.put("LOOKUP_WORKER_SP_API_CLIENT_SECRET", config.spApi().clientSecret());
        required.put("LOOKUP_WORKER_SP_API_REFRESH_TOKEN", config.spApi().refreshToken());
        required.put("LOOKUP_WORKER_CREATORS_CLIENT_ID", creators.clientId());
        required.put("LOOKUP_WORKER_CREATORS_CLIENT_SECRET", creators.clientSecret());
        List<String> missing = required.entrySet().stream()
                .filter(e -> e.getValue().map(String::isBlank).orElse(true)).map(Map.Entry::getKey).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Amazon credentials missing: set " + String.join(", ", missing) + " (or the matching "
                + "lookup-worker.sp-api.* / lookup-worker.creators.* properties, e.g. from a Kubernetes secret); there "
                + "is no default outside the %dev and %test profiles, which use the amazon-simulator's");
    }

    /** Each copy of the channel whose unprocessed-record age is shorter than a batch may take, in a sentence. */
    static List<String> tooShortRecordAges(LookupConfig config, Config raw) {
        long needed = neededRecordAgeMs(config);
        int copies = raw.getOptionalValue(key(CHANNEL, "concurrency"), Integer.class).orElse(1);
        List<String> channels = new ArrayList<>();
        if (copies <= 1) {
            channels.add(CHANNEL);
        } else {
            for (int i = 1; i <= copies; i++) {
                channels.add(CHANNEL + "$" + i);
            }
        }
        List<String> problems = new ArrayList<>();
        for (String channel : channels) {
            // as SmallRye reads it: the copy's own setting, else the channel's, else the connector's
            long maxAge = raw.getOptionalValue(key(channel, MAX_AGE), Long.class)
                    .or(() -> raw.getOptionalValue(key(CHANNEL, MAX_AGE), Long.class))
                    .or(() -> raw.getOptionalValue("mp.messaging.connector.smallrye-kafka." + MAX_AGE, Long.class))
                    .orElse(DEFAULT_MAX_AGE_MS);
            if (maxAge > 0 && maxAge < needed) {
                problems.add(key(channel, MAX_AGE) + " is " + maxAge + " but a batch may take " + needed
                        + " ms (lookup-worker.max-batch-wait plus " + OTHER_STEPS + " steps of consumer "
                        + "retries): raise it, or lower lookup-worker.max-batch-wait");
            }
        }
        return problems;
    }

    /** The longest a batch may hold its record: the lookup's deadline, then each later step's retry pauses. */
    static long neededRecordAgeMs(LookupConfig config) {
        return config.maxBatchWait().toMillis() + OTHER_STEPS
                * BackOffRetries.worstCase(config.consumerRetries(), config.consumerRetryDelay()).toMillis();
    }

    private static String key(String channel, String attribute) {
        return "mp.messaging.incoming." + channel + "." + attribute;
    }
}
