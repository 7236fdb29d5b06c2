package com.code2asin.images.messaging;

import com.code2asin.model.Topics;
import com.code2asin.testing.ConsumerGroups;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** image-fetcher's consumer in a group of this test run's own, from the current end of its topic. */
public class FreshConsumerGroup implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return ConsumerGroups.freshAtTheEnd("image-fetcher-test", Map.of("image-requested", Topics.IMAGE_REQUESTED));
    }

    @Override
    public void stop() {
        // the group's offsets expire with the broker's offsets.retention.minutes
    }
}
