package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.KafkaTestClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * Two job-api replicas relay from the same outbox: while one relays (the test plays it by holding the relay's lock),
 * the other sends nothing, so no event goes out twice or out of its order; once it lets go, each event goes once.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String LEAD = "SELECT pg_advisory_lock(hashtextextended('job-api outbox relay', 0))";
    private static final String LET_GO = "SELECT pg_advisory_unlock(hashtextextended('job-api outbox relay', 0))";

    @Inject
    AgroalDataSource db;

    @Test
    void whileAnotherReplicaRelaysThisOneSendsNothingThenEachEventOnce() throws Exception {
        String alice = token("alice");
        try (KafkaConsumer<String, String> jobs = KafkaTestClient.atTheEnd("code2asin.jobs.v1");
             Connection otherReplica = db.getConnection(); Statement sql = otherReplica.createStatement()) {
            sql.executeQuery(LEAD).close();
            String id = given().auth().oauth2(alice).multiPart("file", "codes.csv", "3017620422003\n".getBytes(),
                    "text/csv").post("/api/v1/code2asin/jobs").then().statusCode(201).extract().path("id");
            assertEquals(List.of(), ceIds(jobs, id, Duration.ofSeconds(3)), "nothing while the other replica leads");

            sql.executeQuery(LET_GO).close();
            List<String> sent = ceIds(jobs, id, Duration.ofSeconds(5));
            assertEquals(1, sent.size(), "job.created once: " + sent);
            assertTrue(sent.get(0).length() > 0);
        }
    }

    /** The ce_id of every record of the job seen within {@code time}. */
    private static List<String> ceIds(KafkaConsumer<String, String> consumer, String jobId, Duration time) {
        List<String> ids = new ArrayList<>();
        Instant end = Instant.now().plus(time);
        while (Instant.now().isBefore(end)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (jobId.equals(record.key())) {
                    ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                }
            }
        }
        return ids;
    }
}
