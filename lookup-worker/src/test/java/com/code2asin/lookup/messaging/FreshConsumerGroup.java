package com.code2asin.lookup.messaging;

import com.code2asin.model.Topics;
import com.code2asin.testing.ConsumerGroups;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** lookup-worker's consumers in a group of this test run's own, from the current end of their topic. */
public class FreshConsumerGroup implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return ConsumerGroups.freshAtTheEnd("lookup-worker-test",
                Map.of("lookup-requested", Topics.LOOKUP_REQUESTED));
    }

    @Override
    public void stop() {
        // the group's offsets expire with the broker's offsets.retention.minutes
    }
}
