package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One trace from the upload through the lookups, the images and the export, across the four services and Kafka: the
 * gateway's sampled {@code traceparent} on the upload is the parent of every event of the job (each carries it in
 * its headers; the default export follows job.completed), and every service sends its spans of that trace to the
 * collector.
 */
@ExtendWith(Suite.class)
class TracingIT {

    private static final List<String> TOPICS = List.of(Topics.JOBS, Topics.LOOKUP_REQUESTED, Topics.BATCH_DONE,
            Topics.IMAGE_REQUESTED, Topics.IMAGES_STORED, Topics.EXPORT_REQUESTED, Topics.EXPORT_DONE);

    @Test
    void anUploadsTraceRunsThroughEveryServiceAndEveryEventOfItsJob() throws Exception {
        String trace = hex(16);
        String traceparent = "00-" + trace + "-" + hex(8) + "-01";
        String alice = token("alice");
        String csv = "ean\n" + String.join("\n", WalkingSkeletonIT.randomEans(10)) + "\n";
        try (EventTap tap = new EventTap(TOPICS)) {
            String jobId = given().auth().oauth2(alice).header("traceparent", traceparent)
                    .multiPart("file", "codes.csv", csv.getBytes(), "text/csv")
                    .multiPart("options", "{\"download_images\": true}")
                    .post(Suite.jobApi() + "/api/v1/code2asin/jobs").then().statusCode(201).extract().path("id");
            given().auth().oauth2(alice).header("traceparent", traceparent)
                    .post(Suite.jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/start").then().statusCode(200);
            Suite.completedResults(alice, jobId);

            List<EventTap.Event> mine = awaitEvents(tap, jobId, Set.of(EventTypes.job("created"),
                    EventTypes.LOOKUP_REQUESTED, EventTypes.BATCH_DONE, EventTypes.IMAGE_REQUESTED,
                    EventTypes.IMAGES_STORED, EventTypes.job("completed"), EventTypes.EXPORT_DONE));
            for (EventTap.Event event : mine) {
                String header = event.header("traceparent");
                assertTrue(header != null && header.startsWith("00-" + trace + "-"),
                        () -> event.header("ce_type") + " on " + event.topic() + " left the upload's trace: " + header);
            }
        }
        Set<String> services = awaitServices(trace, Set.of("job-api", "lookup-worker", "image-fetcher",
                "export-service"));
        assertEquals(Set.of("job-api", "lookup-worker", "image-fetcher", "export-service"), services,
                "the services that sent spans of the trace: " + Suite.spans.trace(trace));
    }

    /** The job's events on the tapped topics, once every type in {@code wanted} has been seen (60 s at most). */
    private static List<EventTap.Event> awaitEvents(EventTap tap, String jobId, Set<String> wanted)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<EventTap.Event> mine = new java.util.ArrayList<>();
        Set<String> seen = Set.of();
        while (Instant.now().isBefore(deadline)) {
            tap.drain().stream().filter(e -> jobId.equals(e.header("ce_subject"))).forEach(mine::add);
            seen = mine.stream().map(e -> e.header("ce_type")).collect(Collectors.toSet());
            if (seen.containsAll(wanted)) {
                return mine;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job " + jobId + ": events " + seen + " seen, " + wanted + " wanted");
    }

    /** The services that sent spans of {@code trace}, once all of {@code wanted} have (30 s at most). */
    private static Set<String> awaitServices(String trace, Set<String> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Set<String> services;
        do {
            services = Suite.spans.trace(trace).stream().map(SpanCollector.Span::service).collect(Collectors.toSet());
            if (services.containsAll(wanted)) {
                return services;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return services;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
