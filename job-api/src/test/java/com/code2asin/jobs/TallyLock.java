package com.code2asin.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A job's tally locked by a test's own transaction, as an answer being applied holds it, so that a test can make
 * job-api's consumer wait behind it and change what the consumer will find once it may go on.
 */
public final class TallyLock {

    private TallyLock() {
    }

    /** Locks the job's tally in {@code transaction} (auto-commit off) until it commits or rolls back. */
    public static void hold(Connection transaction, UUID job) throws SQLException {
        transaction.setAutoCommit(false);
        try (PreparedStatement lock = transaction.prepareStatement(
                "SELECT job_id FROM job_tally WHERE job_id = ? FOR UPDATE")) {
            lock.setObject(1, job);
            lock.executeQuery().close();
        }
    }

    /**
     * Until a session (job-api's consumer) waits for the lock {@code transaction} holds, whatever statement
     * pg_stat_activity shows for it (not always the locking one). At most 40 s: past 60 s without an ack, SmallRye's
     * throttled commit fails the consumer's channel. Fails showing what the other sessions were doing.
     */
    public static void awaitWaiter(Connection transaction) throws Exception {
        for (int tries = 0; tries < 800; tries++) {
            try (PreparedStatement count = transaction.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                    + "WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job-api never waited for the tally's lock; sessions: " + sessions(transaction));
    }

    private static List<String> sessions(Connection connection) throws SQLException {
        List<String> sessions = new ArrayList<>();
        try (PreparedStatement activity = connection.prepareStatement("SELECT state, wait_event_type, wait_event, "
                + "left(query, 100) FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                + "pg_backend_pid()");
             ResultSet rows = activity.executeQuery()) {
            while (rows.next()) {
                sessions.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3) + ": "
                        + rows.getString(4));
            }
        }
        return sessions;
    }
}
