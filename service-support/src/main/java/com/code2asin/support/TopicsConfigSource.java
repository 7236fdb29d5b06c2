package com.code2asin.support;

import com.code2asin.model.Topics;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * shared-model's topic names as configuration, {@code code2asin.topic.<short name>} (see {@link Topics#shortName}),
 * so that the services' channels name them {@code ${code2asin.topic.batch-done}} instead of writing them again. The
 * lowest ordinal of all: any other source may still set a channel's topic. Registered through META-INF/services.
 */
public class TopicsConfigSource implements ConfigSource {

    public static final String PREFIX = "code2asin.topic.";

    private static final Map<String, String> TOPICS = Topics.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(topic -> PREFIX + Topics.shortName(topic), Function.identity()));

    @Override
    public Set<String> getPropertyNames() {
        return TOPICS.keySet();
    }

    @Override
    public String getValue(String name) {
        return TOPICS.get(name);
    }

    @Override
    public String getName() {
        return "code2asin-topics";
    }

    @Override
    public int getOrdinal() {
        return 10;
    }
}
