package com.code2asin.jobs.messaging;

import com.code2asin.jobs.config.JobApiConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.DatabaseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * How a consumer applies a message: a failure that passes by itself (PostgreSQL restarting or refusing connections,
 * a connection lost, a deadlock, a concurrent update) is tried again in place with growing delays, a few times within
 * half a minute, before the message goes to its dead-letter topic; anything else (unreadable, forged, naming an unknown
 * job, refused by the job's state, a bug) goes there at once, with its reason.
 */
@ApplicationScoped
public class ConsumerRetries {

    private final int retries;
    private final Duration delay;

    @Inject
    ConsumerRetries(JobApiConfig config) {
        this(config.consumerRetries(), config.consumerRetryDelay());
    }

    ConsumerRetries(int retries, Duration delay) {
        this.retries = retries;
        this.delay = delay;
    }

    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(ConsumerRetries::passes).invoke(e -> Log.warnf("%s failed, tried again: %s", what, e))
                .onFailure(ConsumerRetries::passes).retry().withBackOff(delay, delay.multipliedBy(8)).atMost(retries);
    }

    /** Whether the failure, or one of its causes, is of the kind that passes when tried again a little later. */
    static boolean passes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException db) {
                return passingState(db.getSqlState());
            }
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof VertxException
                    || t instanceof SQLTransientException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /** Connection lost (08), deadlock or serialization (40), out of resources (53), server restarting (57P), lock. */
    private static boolean passingState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57P") || state.equals("55P03"));
    }
}
