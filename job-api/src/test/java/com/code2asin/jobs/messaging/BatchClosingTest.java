package com.code2asin.jobs.messaging;

import static com.code2asin.jobs.JobsOverHttp.JOBS;
import static com.code2asin.jobs.JobsOverHttp.upload;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code2asin.jobs.TallyLock;
import com.code2asin.testing.ConsumerGroups;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * A batch is closed once: by its first answer or by the dispatcher giving up on it, whichever takes the job's tally
 * first. Real Kafka and PostgreSQL; the test holds the tally as a give-up does and closes the batch under it.
 */
@QuarkusTest
class BatchClosingTest {

    @Inject
    AgroalDataSource db;

    @Test
    void anAnswerWaitingWhileTheBatchIsGivenUpIsNotApplied() throws Exception {
        String alice = token("alice");
        String id = upload(alice, "3017620422003\n");
        JsonNode request;
        try (KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            given().auth().oauth2(alice).post(JOBS + "/" + id + "/start").then().statusCode(200);
            request = KafkaTestClient.awaitForJob(requests, id);
        }
        UUID batch = UUID.fromString(request.path("batch_id").asText());
        UUID item = UUID.fromString(request.path("items").get(0).path("item_id").asText());
        RecordMetadata answer;
        try (Connection giveUp = db.getConnection()) {
            TallyLock.hold(giveUp, UUID.fromString(id));
            answer = KafkaTestClient.publish("code2asin.batch-done.v1", id, """
                    {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"FR","provider":"sp-api",
                     "items":[{"item_id":"%s","status":"matched","chosen":"B0LATE0001","match_type":"exact",
                     "confidence":1.0,"candidates":[{"asin":"B0LATE0001","title":"Late","match_type":"exact",
                     "confidence":1.0}],"from_cache":false,"ms":3}]}""".formatted(batch, id, item));
            TallyLock.awaitWaiter(giveUp); // the answer found the batch open and waits
            try (PreparedStatement close = giveUp.prepareStatement(
                    "UPDATE batch SET done_at = now() WHERE id = ? AND done_at IS NULL")) {
                close.setObject(1, batch);
                assertEquals(1, close.executeUpdate());
            }
            giveUp.commit();
        }
        ConsumerGroups.awaitConsumed("job-api", answer);
        assertNull(asin(item), "the batch was given up before the answer could take it: the answer is not applied");
        given().auth().oauth2(alice).post(JOBS + "/" + id + "/cancel").then().statusCode(200);
    }

    private String asin(UUID item) throws Exception {
        try (Connection connection = db.getConnection();
             PreparedStatement read = connection.prepareStatement("SELECT asin FROM job_item WHERE id = ?")) {
            read.setObject(1, item);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
