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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A delete meets the job's other writers in the order they take its locks, and waits for them. The tests play those
 * writers on a connection of their own, each holding what it holds while the delete arrives; a delete that took its
 * locks in another order deadlocked with them (PostgreSQL aborts one: a 500 to the user, or a lost answer).
 */
@QuarkusTest
class JobDeletionTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";
    private static final String LOG_LINE = "INSERT INTO job_log (job_id, level, message, created_at) "
            + "VALUES (?, 'INFO', 'a writer in flight', now()) RETURNING id";

    @Inject
    AgroalDataSource db;

    /** A batch.done being applied: it holds the job's tally, then writes a log line of the job. */
    @Test
    void aDeleteWaitsForAnAnswerBeingAppliedInsteadOfDeadlockingWithIt() throws Exception {
        String alice = token("alice");
        UUID job = create(alice);
        CompletableFuture<Integer> delete;
        try (Connection writer = db.getConnection()) {
            writer.setAutoCommit(false);
            run(writer, "SELECT job_id FROM job_tally WHERE job_id = ? FOR UPDATE", job);
            delete = deleteLater(alice, job);
            awaitBlockedBy(writer, 1);
            run(writer, LOG_LINE, job);
            writer.commit();
        }
        assertEquals(204, delete.get(30, TimeUnit.SECONDS), "the delete went through once the writer was done");
        given().auth().oauth2(alice).get(JOBS + "/" + job).then().statusCode(404);
    }

    /**
     * A pause, resume or cancel: it writes its log line first (a foreign key: KEY SHARE on the job row), then updates
     * the job at commit. A delete holding a weaker row lock than FOR UPDATE let the log line in, then each waited on
     * the other.
     */
    @Test
    void aDeleteWaitsForAnActionOnTheJobInsteadOfDeadlockingWithIt() throws Exception {
        String alice = token("alice");
        UUID job = create(alice);
        CompletableFuture<Integer> delete;
        try (Connection action = db.getConnection()) {
            action.setAutoCommit(false);
            run(action, LOG_LINE, job);
            delete = deleteLater(alice, job);
            awaitBlockedBy(action, 1);
            try (PreparedStatement update = action.prepareStatement("UPDATE job SET updated_at = now() WHERE id = ?")) {
                update.setObject(1, job);
                assertEquals(1, update.executeUpdate());
            }
            action.commit();
        }
        assertEquals(204, delete.get(30, TimeUnit.SECONDS));
    }

    @Test
    void ofTwoDeletesOfOneJobAtOnceOneDeletesItAndTheOtherFindsItGone() throws Exception {
        String alice = token("alice");
        UUID job = create(alice);
        List<CompletableFuture<Integer>> deletes;
        try (Connection writer = db.getConnection()) {
            writer.setAutoCommit(false);
            run(writer, "SELECT job_id FROM job_tally WHERE job_id = ? FOR UPDATE", job);
            deletes = List.of(deleteLater(alice, job), deleteLater(alice, job));
            awaitWaiting(writer, 2); // one on the tally, the other on the first one's dispatch lock
            writer.commit();
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (CompletableFuture<Integer> delete : deletes) {
            statuses.add(delete.get(30, TimeUnit.SECONDS));
        }
        statuses.sort(null);
        assertEquals(List.of(204, 404), statuses);
    }

    private static UUID create(String token) {
        return UUID.fromString(given().auth().oauth2(token)
                .multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv").post(JOBS)
                .then().statusCode(201).extract().path("id"));
    }

    /** On a thread of its own: the common pool may have one thread on two cores, and deletes are sent side by side. */
    private static CompletableFuture<Integer> deleteLater(String token, UUID job) {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                status.complete(given().auth().oauth2(token).delete(JOBS + "/" + job).then().extract().statusCode());
            } catch (RuntimeException | AssertionError e) {
                status.completeExceptionally(e);
            }
        });
        return status;
    }

    private static void run(Connection connection, String sql, UUID job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, job);
            statement.executeQuery().close();
        }
    }

    /** Until this many sessions wait for a lock the connection's transaction holds: the delete has met it. */
    private static void awaitBlockedBy(Connection connection, int sessions) throws Exception {
        await(connection, "SELECT count(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))",
                sessions);
    }

    /** Until this many other sessions of the database wait for a lock. */
    private static void awaitWaiting(Connection connection, int sessions) throws Exception {
        await(connection, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'", sessions);
    }

    private static void await(Connection connection, String count, int sessions) throws Exception {
        for (int tries = 0; tries < 200; tries++) {
            try (PreparedStatement query = connection.prepareStatement(count); ResultSet rows = query.executeQuery()) {
                rows.next();
                if (rows.getInt(1) >= sessions) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the delete never waited for the writer's lock");
    }
}
