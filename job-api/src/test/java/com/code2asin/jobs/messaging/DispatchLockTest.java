package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * Two job-api replicas dispatch from the same tables: a job one of them is dispatching is left alone by the other,
 * which would otherwise cut batches of the same codes. The test plays the other replica by holding the job's lock.
 */
@QuarkusTest
class DispatchLockTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final String LOCK = "SELECT pg_advisory_lock(hashtextextended(?, 0))";
    private static final String UNLOCK = "SELECT pg_advisory_unlock(hashtextextended(?, 0))";

    @Inject
    AgroalDataSource db;

    @Test
    void aJobAnotherReplicaIsDispatchingIsNotDispatchedUntilItLetsGo() throws Exception {
        String alice = token("alice");
        String locked = create(alice, "3017620422003\n5449000000996\n");
        String free = create(alice, "4006381333931\n");
        try (Connection otherReplica = db.getConnection();
             KafkaConsumer<String, String> requests = KafkaTestClient.atTheEnd("code2asin.lookup-requested.v1")) {
            call(otherReplica, LOCK, locked);
            given().auth().oauth2(alice).post(JOBS + "/" + locked + "/start").then().statusCode(200);
            given().auth().oauth2(alice).post(JOBS + "/" + free + "/start").then().statusCode(200);
            KafkaTestClient.awaitForJob(requests, free); // a round ran with both jobs processing
            Thread.sleep(2000); // and the rest of that round, and the next
            assertEquals(0, batches(locked), "no batch of a job another replica holds");

            call(otherReplica, UNLOCK, locked);
            JsonNode request = KafkaTestClient.awaitForJob(requests, locked);
            assertEquals(2, request.path("items").size(), "sent once let go, whole");
            assertEquals(1, batches(locked));
        } finally {
            // nobody answers these batches: left processing, they would hold the in-flight budget of later runs
            for (String job : new String[] {locked, free}) {
                given().auth().oauth2(alice).post(JOBS + "/" + job + "/cancel").then().statusCode(200);
            }
        }
    }

    private static String create(String token, String csv) {
        return given().auth().oauth2(token).multiPart("file", "codes.csv", csv.getBytes(), "text/csv").post(JOBS)
                .then().statusCode(201).extract().path("id");
    }

    private static void call(Connection connection, String sql, String jobId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, jobId);
            statement.executeQuery().close();
        }
    }

    private int batches(String jobId) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM batch WHERE job_id = ?")) {
            count.setObject(1, UUID.fromString(jobId));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
