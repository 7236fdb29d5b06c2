package com.code2asin.lookup.provider.creators;

import com.code2asin.lookup.config.CreatorsConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Test data: JSON bodies under {@code /creators/} written from docs/amazon.md ("Creators API"), and config built
 * without CDI.
 */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/creators/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SearchItemsResponse search(String name) {
        try {
            return JSON.readValue(text(name), SearchItemsResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link CreatorsConfig} with its defaults and the amazon-simulator's credential (as the %test profile sets it),
     * overridden by {@code properties} (keys without the prefix).
     */
    static CreatorsConfig config(Map<String, String> properties) {
        Map<String, String> withCredential = new HashMap<>(Map.of("client-id", "code2asin-local-creators",
                "client-secret", "local-creators-secret"));
        withCredential.putAll(properties);
        return bare(withCredential);
    }

    /** {@link CreatorsConfig} with only its defaults, overridden by {@code properties} (keys without the prefix). */
    static CreatorsConfig bare(Map<String, String> properties) {
        Map<String, String> prefixed = new HashMap<>();
        properties.forEach((k, v) -> prefixed.put("lookup-worker.creators." + k, v));
        return new SmallRyeConfigBuilder()
                .withMapping(CreatorsConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus' "60s" form
                .withSources(new PropertiesConfigSource(prefixed, "test", 500))
                .build()
                .getConfigMapping(CreatorsConfig.class);
    }
}
