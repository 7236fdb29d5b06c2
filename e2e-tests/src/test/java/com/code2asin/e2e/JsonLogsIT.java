package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * job-api logs as in production (JSON, one object a line): a line about a job carries the job's id and tenant as
 * fields, whichever record it came from, so a log collector finds a job's lines without parsing messages.
 */
@ExtendWith(Suite.class)
class JsonLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLineAboutAJobCarriesItsIdAndTenant() throws Exception {
        String alice = token("alice");
        String job = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", "ean\n3017620422003\n".getBytes(), "text/csv")
                .post(Suite.jobApi() + "/api/v1/code2asin/jobs").then().statusCode(201).extract().path("id");
        // an answer for a batch job-api never sent: it says so in its log, about the job the answer names
        UUID batch = UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.BATCH_DONE)) {
            kafka.send(Topics.BATCH_DONE, job, EventTypes.BATCH_DONE, job, "acme", """
                    {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR",
                     "provider":"sp-api","items":[]}""".formatted(batch, job));
        }
        JsonNode line = await(batch.toString());
        assertEquals(job, line.path("mdc").path("job_id").asText(), line.toString());
        assertEquals("acme", line.path("mdc").path("tenant").asText(), line.toString());
        assertTrue(line.has("timestamp") && line.has("level"), line.toString());
    }

    /** The first JSON line of job-api's log whose message names {@code text}, within 30 s. */
    private static JsonNode await(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonNode> found = Files.readAllLines(Suite.log("job-api")).stream()
                    .filter(l -> l.startsWith("{") && l.contains(text)).map(JsonLogsIT::parse).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("job-api logged no line naming " + text + "; see " + Suite.log("job-api"));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not one JSON object: " + line, e);
        }
    }
}
