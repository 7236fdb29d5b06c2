package com.code2asin.jobs.messaging;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.support.BackOffRetries;
import com.code2asin.support.TransientFailures;
import com.code2asin.support.TransientFailures.Verdict;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLTransientException;
import org.hibernate.StaleStateException;

/**
 * How a consumer applies a message: a failure that passes by itself ({@link TransientFailures}: PostgreSQL restarting
 * or refusing connections, a connection lost, a deadlock; here also a concurrent update) is tried again in place with
 * growing delays, each try on the record's Vert.x context where its Hibernate Reactive session lives
 * ({@link BackOffRetries}), a few times within half a minute, before the message goes to its dead-letter topic;
 * anything else (unreadable, forged, naming an unknown job, refused by the job's state, a bug) goes there at once, with
 * its reason.
 */
@Singleton
public class ConsumerRetries extends BackOffRetries {

    ConsumerRetries(Vertx vertx, JobApiConfig config) {
        super(vertx, config.consumerRetries(), config.consumerRetryDelay(), ConsumerRetries::passes);
    }

    /** The common failures that pass, and a concurrent update (optimistic lock, stale state) or a transient JDBC one. */
    static boolean passes(Throwable failure) {
        return TransientFailures.passes(failure, t -> t instanceof OptimisticLockException
                || t instanceof StaleStateException || t instanceof SQLTransientException
                ? Verdict.PASSES : Verdict.UNDECIDED);
    }
}
