package com.code2asin.jobs.messaging;

import static com.code2asin.jobs.JobsOverHttp.awaitStatus;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/** Ops drive jobs through code2asin.job-commands.v1 on the real Kafka; what cannot be applied reaches the DLQ. */
@QuarkusTest
class JobCommandsTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final String COMMANDS = "code2asin.job-commands.v1";


    @Test
    void anOperatorStartsAndCancelsAJobByEvent() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                "text/csv").post(JOBS).then().statusCode(201).extract().path("id");
        publish(id, command(id, "acme", "start", "olga", "night run"));
        awaitStatus(alice, id, "processing");
        publish(id, command(id, "acme", "cancel", "olga", null));
        awaitStatus(alice, id, "cancelled");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then()
                .body("timeline.message", hasItem(containsString("job started by olga (ops, job-commands: night run)")));
    }

    @Test
    void aCommandThatCannotBeAppliedGoesToTheDlqWithItsReason() throws Exception {
        String job = UUID.randomUUID().toString();
        try (KafkaConsumer<String, String> dlq = KafkaTestClient.atTheEnd(COMMANDS + ".dlq")) {
            publish(job, command(job, "acme", "explode", "olga", null));
            publish(job, command(job, "acme", "refresh", "olga", null)); // a refresh is asked through the API
            publish(job, command(job, "acme", "start", "olga", null));
            publish(job, "{not json");
            List<String> reasons = KafkaTestClient.deadLetterReasons(dlq, 4);
            assertTrue(reasons.stream().anyMatch(r -> r.contains("action 'explode' is unknown; use one of [start, "
                    + "pause, resume, cancel, retry]")), reasons::toString);
            assertTrue(reasons.stream().anyMatch(r -> r.contains("action 'refresh' is unknown")), reasons::toString);
            assertTrue(reasons.stream().anyMatch(r -> r.contains("job " + job + " not found")), reasons::toString);
            assertTrue(reasons.stream().anyMatch(r -> r.contains("Unexpected character")), reasons::toString); // unreadable JSON
        }
    }

    private static String command(String jobId, String tenant, String action, String actor, String reason) {
        return "{\"job_id\":\"" + jobId + "\",\"tenant\":\"" + tenant + "\",\"action\":\"" + action
                + "\",\"actor\":\"" + actor + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private static void publish(String key, String json) throws Exception {
        KafkaTestClient.publish(COMMANDS, key, json);
    }
}
