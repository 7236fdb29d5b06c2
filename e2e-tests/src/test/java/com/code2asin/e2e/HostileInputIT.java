package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.bench.HostileRequests;
import com.code2asin.bench.SsrfProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile cases of {@code ./code2asin bench hostile}, against the suite's packaged services: job-api on its 96 MB
 * heap ({@link Suite#HEAP}) refuses each hostile file and request with a 4xx naming the problem (and reads a file in
 * another encoding right) and lives on; image-fetcher refuses every image URL that leads back inside the network,
 * without asking it.
 */
@ExtendWith(Suite.class)
class HostileInputIT {

    @Test
    void everyHostileFileAndRequestIsRefusedAndJobApiLivesOn() throws Exception {
        Path work = Files.createTempDirectory("hostile");
        // chunked_over_limit too: Java's HttpClient asks for an h2c upgrade, whose body Netty held whole in memory
        for (String name : HostileRequests.names()) {
            HostileRequests.Answer answer = new HostileRequests(Suite.jobApi(), token("alice"), work).send(name);
            assertTrue(answer.asExpected(), name + ": " + answer);
            assertTrue(Suite.alive("job-api"), name + " stopped job-api; see " + Suite.log("job-api"));
        }
        assertFalse(Files.readString(Suite.log("job-api")).contains("OutOfMemoryError"), "job-api ran out of heap");
    }

    @Test
    void imageUrlsLeadingInsideTheNetworkAreNeverFetched() throws Exception {
        try (SsrfProbe probe = new SsrfProbe("127.0.0.1:9092")) {
            List<SsrfProbe.Outcome> outcomes = probe.probe(probe.targets(), Duration.ofMinutes(2));
            assertEquals(probe.targets().size(), outcomes.size());
            for (SsrfProbe.Outcome outcome : outcomes) {
                assertTrue(outcome.refused(), outcome.toString());
            }
        }
    }
}
