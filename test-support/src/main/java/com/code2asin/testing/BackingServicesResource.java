package com.code2asin.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the service under test at the backing services {@link BackingServices} chose: nothing to change for the
 * local ones, the containers' addresses otherwise. Registered for every Quarkus test of a module that depends on
 * test-support (META-INF/services), so no test class names it; it starts before the other test resources, which may
 * use {@link BackingServices#endpoints()} themselves. A test profile's own config still wins (it tests outages).
 */
public class BackingServicesResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return BackingServices.configOverrides();
    }

    @Override
    public void stop() {
        // the containers serve the JVM's later test classes; they go with it
    }

    @Override
    public int order() {
        return -1000;
    }
}
