package com.code2asin.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.support.TransientFailures.Verdict;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    private static PgException pg(String state) {
        return new PgException("m", "ERROR", state, null);
    }

    @Test
    void aDatabaseAwayOrBusyPassesAndAConstraintOrABadStatementDoesNot() {
        for (String state : List.of("08006", "08001", "40001", "40P01", "53300", "57P01", "57P03", "55P03")) {
            assertTrue(TransientFailures.passes(pg(state)), state);
            assertTrue(TransientFailures.passes(new RuntimeException("wrapped", pg(state))), state);
        }
        for (String state : List.of("23505", "23502", "42601", "22P02")) {
            assertFalse(TransientFailures.passes(pg(state)), state);
        }
    }

    @Test
    void aConnectionLostOrTimedOutAndARetriableKafkaFailurePass() {
        assertTrue(TransientFailures.passes(new CompletionException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailures.passes(new TimeoutException("no answer")));
        assertTrue(TransientFailures.passes(ClosedConnectionException.INSTANCE));
        assertTrue(TransientFailures.passes(new org.apache.kafka.common.errors.TimeoutException(
                "Expiring 1 record(s) for code2asin.batch-done.v1-0: 120000 ms has passed")));
    }

    @Test
    void aBugOrAnInvalidEventDoesNotPass() {
        assertFalse(TransientFailures.passes(new IllegalArgumentException("not a valid event")));
        assertFalse(TransientFailures.passes(new NullPointerException("job_id is required")));
        assertFalse(TransientFailures.passes(new NoStackTraceThrowable("something")));
        assertFalse(TransientFailures.passes(new IllegalStateException("a bug", new IllegalArgumentException())));
    }

    @Test
    void theServicesRuleIsAskedFirstAboutEachFailureOfTheChain() {
        TransientFailures.Rule duplicateKeyPasses = t -> t instanceof PgException db
                && "23505".equals(db.getSqlState()) ? Verdict.PASSES : Verdict.UNDECIDED;
        assertTrue(TransientFailures.passes(new RuntimeException(pg("23505")), duplicateKeyPasses));
        assertTrue(TransientFailures.passes(pg("57P01"), duplicateKeyPasses), "the common rules still apply");

        TransientFailures.Rule alreadyTried = t -> t instanceof AlreadyTried ? Verdict.LASTS : Verdict.UNDECIDED;
        assertFalse(TransientFailures.passes(new AlreadyTried(new IOException("refused")), alreadyTried),
                "the outermost verdict decides");
        assertTrue(TransientFailures.passes(new IOException("refused", new AlreadyTried(null)), alreadyTried));
    }

    /** A service's failure that it has tried again itself already. */
    private static final class AlreadyTried extends RuntimeException {
        AlreadyTried(Throwable cause) {
            super("tried", cause);
        }
    }
}
