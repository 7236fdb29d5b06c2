package com.code2asin.exports.messaging;

import com.code2asin.exports.config.ExportConfig;
import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.support.BackOffRetries;
import com.code2asin.support.TransientFailures;
import com.code2asin.support.TransientFailures.Verdict;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.DatabaseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RetriableException;

/**
 * How a consumer handles an event: a failure that passes by itself (PostgreSQL restarting or refusing connections, a
 * connection lost or timed out: {@link TransientFailures}; here also another replica recording the same export at the
 * same moment) is tried again in place, up to {@code consumer-retries} times with growing delays, on the record's
 * Vert.x context ({@link BackOffRetries}), before the event goes to its dead-letter topic with that failure as its
 * reason; anything else (unreadable, invalid, a bug) goes there at once. S3 failures do not come here: the export
 * tries them again itself and then records the export as failed, with the reason, in {@code export.done}. Neither do
 * failed sends of {@code export.done}: the producer already tries those for {@code delivery.timeout.ms} (2 minutes).
 * Once the service stops, nothing is tried again: see {@link InFlightExports}.
 */
@Singleton
public class ConsumerRetries extends BackOffRetries {

    private final InFlightExports inFlight;

    @Inject
    ConsumerRetries(Vertx vertx, InFlightExports inFlight, ExportConfig config) {
        this(vertx, inFlight, config.consumerRetries(), config.consumerRetryDelay());
    }

    ConsumerRetries(Vertx vertx, InFlightExports inFlight, int retries, Duration delay) {
        super(vertx, retries, delay, failure -> !inFlight.stopping() && passes(failure));
        this.inFlight = inFlight;
    }

    /** The work, tried again while it fails in a way that passes, unless the service is stopping. */
    @Override
    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return inFlight.run(what, () -> super.apply(what, work));
    }

    /**
     * The common failures that pass, and a unique violation (23505): the export id is the only unique key of the
     * schema, so it means another replica recorded the same export a moment ago, and the next try finds its row.
     */
    static boolean passes(Throwable failure) {
        return TransientFailures.passes(failure, ConsumerRetries::export);
    }

    private static Verdict export(Throwable failure) {
        if (failure instanceof ExportFailedException || failure instanceof RetriableException) {
            return Verdict.LASTS; // already tried again by the export itself, or by the producer
        }
        if (failure instanceof DatabaseException db && "23505".equals(db.getSqlState())) {
            return Verdict.PASSES;
        }
        return Verdict.UNDECIDED;
    }
}
