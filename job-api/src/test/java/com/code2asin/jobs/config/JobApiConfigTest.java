package com.code2asin.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Marketplace;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** job-api's settings read from its application.properties as the service reads them at start-up, without Quarkus. */
class JobApiConfigTest {

    @Test
    void theDefaultMarketplaceIsReadAsRequestsReadOne() throws IOException {
        assertEquals(Marketplace.FR, read(Map.of()).defaultMarketplace());
        assertEquals(Marketplace.UK, read(Map.of("job-api.default-marketplace", "GB")).defaultMarketplace());
        assertEquals(Marketplace.DE, read(Map.of("job-api.default-marketplace", "de")).defaultMarketplace());
        assertEquals(Marketplace.FR, read(Map.of("job-api.default-marketplace", "A13V1IB3VIYZZH"))
                .defaultMarketplace());
    }

    @Test
    void anUnknownDefaultMarketplaceStopsTheServiceNamingTheKnownOnes() {
        Exception e = assertThrows(Exception.class, () -> read(Map.of("job-api.default-marketplace", "XX")));
        String message = causes(e);
        assertTrue(message.contains("unknown marketplace 'XX'") && message.contains("FR"), message);
    }

    private static JobApiConfig read(Map<String, String> settings) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(JobApiConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(JobApiConfigTest.class.getResource("/application.properties"),
                        250))
                .withSources(new PropertiesConfigSource(settings, "test", 500)).build();
        return config.getConfigMapping(JobApiConfig.class);
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
