package com.code2asin.exports.messaging;

import com.code2asin.model.Topics;
import com.code2asin.testing.ConsumerGroups;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** export-service's consumers in a group of this test run's own, from the current end of their topics. */
public class FreshConsumerGroup implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return ConsumerGroups.freshAtTheEnd("export-service-test",
                Map.of("jobs", Topics.JOBS, "export-requested", Topics.EXPORT_REQUESTED));
    }

    @Override
    public void stop() {
        // the group's offsets expire with the broker's offsets.retention.minutes
    }
}
