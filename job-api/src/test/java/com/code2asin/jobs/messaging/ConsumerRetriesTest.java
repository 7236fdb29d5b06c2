package com.code2asin.jobs.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.jobs.domain.NotFoundException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/** job-api's own rules on top of the common ones (service-support's TransientFailures, tested there). */
class ConsumerRetriesTest {

    @Test
    void aConcurrentUpdateOrATransientJdbcFailureIsTriedAgain() {
        assertTrue(ConsumerRetries.passes(new OptimisticLockException("row was updated by another transaction")));
        assertTrue(ConsumerRetries.passes(new CompletionException(new StaleObjectStateException("Job", 42))));
        assertTrue(ConsumerRetries.passes(new HibernateException(new SQLTransientConnectionException("pool"))));
        assertTrue(ConsumerRetries.passes(new HibernateException(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))));
    }

    @Test
    void anEventThatCanNeverBeAppliedIsNotTriedAgain() {
        assertFalse(ConsumerRetries.passes(new IllegalArgumentException("forged")));
        assertFalse(ConsumerRetries.passes(new NotFoundException("job gone")));
        assertFalse(ConsumerRetries.passes(new NullPointerException("a bug")));
        assertFalse(ConsumerRetries.passes(new PgException("duplicate key", "ERROR", "23505", null)));
    }
}
