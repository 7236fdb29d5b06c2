package com.code2asin.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * A service's consumers in a group of the test run's own, from the current end of their topics (see
 * {@link ConsumerGroups#freshAtTheEnd}). Its init arguments: {@value #PREFIX} names the group, every other one is a
 * channel and the value its topic.
 */
public class FreshConsumerGroup implements QuarkusTestResourceLifecycleManager {

    public static final String PREFIX = "group-prefix";

    private String prefix;
    private final Map<String, String> topicByChannel = new HashMap<>();

    @Override
    public void init(Map<String, String> initArgs) {
        topicByChannel.putAll(initArgs);
        prefix = topicByChannel.remove(PREFIX);
        if (prefix == null || topicByChannel.isEmpty()) {
            throw new IllegalArgumentException("FreshConsumerGroup needs a " + PREFIX + " and a channel=topic argument");
        }
    }

    @Override
    public Map<String, String> start() {
        return ConsumerGroups.freshAtTheEnd(prefix, topicByChannel);
    }

    @Override
    public void stop() {
        // the group's offsets expire with the broker's offsets.retention.minutes
    }
}
