package com.code2asin.jobs.service;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A delete meets the job's other writers in the order they take its locks. The test plays a batch.done answer in
 * flight: it holds the job's tally and then writes a log line of the job, which needs the job row. A delete that took
 * the job row first and met the tally in its cascade deadlocked with it: PostgreSQL aborted one of the two (a 500 to
 * the user, or a lost answer).
 */
@QuarkusTest
class JobDeletionTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Inject
    AgroalDataSource db;

    @Test
    void aDeleteWaitsForAWriterOfTheJobInsteadOfDeadlockingWithIt() throws Exception {
        String alice = token("alice");
        String id = given().auth().oauth2(alice)
                .multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv").post(JOBS)
                .then().statusCode(201).extract().path("id");
        UUID job = UUID.fromString(id);
        CompletableFuture<Integer> delete;
        try (Connection writer = db.getConnection()) {
            writer.setAutoCommit(false);
            run(writer, "SELECT job_id FROM job_tally WHERE job_id = ? FOR UPDATE", job);
            delete = CompletableFuture.supplyAsync(() -> given().auth().oauth2(alice).delete(JOBS + "/" + id)
                    .then().extract().statusCode());
            awaitALockWait(writer);
            run(writer, "INSERT INTO job_log (job_id, level, message, created_at) "
                    + "VALUES (?, 'INFO', 'an answer in flight', now()) RETURNING id", job);
            writer.commit();
        }
        assertEquals(204, delete.get(30, TimeUnit.SECONDS), "the delete went through once the writer was done");
        given().auth().oauth2(alice).get(JOBS + "/" + id).then().statusCode(404);
    }

    private static void run(Connection connection, String sql, UUID job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, job);
            statement.executeQuery().close();
        }
    }

    /** Until another session of this database waits for a lock: the delete has met the writer. */
    private static void awaitALockWait(Connection connection) throws Exception {
        String waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'";
        for (int tries = 0; tries < 200; tries++) {
            try (PreparedStatement count = connection.prepareStatement(waiting);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the delete never waited for the writer's lock");
    }
}
