package com.code2asin.images.messaging;

import com.code2asin.images.config.ImageFetcherConfig;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.sqlclient.DatabaseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.RetriableException;

/**
 * How the consumer applies a request: a failure that passes by itself (S3 down for a moment or answering 5xx,
 * PostgreSQL restarting or refusing connections, a connection lost, Kafka not answering) is tried again in place,
 * up to {@code consumer-retries} times with growing delays, before the request goes to its dead-letter topic;
 * anything else (unreadable, invalid, refused by S3, a bug) goes there at once, with its reason.
 */
@ApplicationScoped
public class ConsumerRetries {

    private final Vertx vertx;
    private final int retries;
    private final Duration delay;

    @Inject
    ConsumerRetries(Vertx vertx, ImageFetcherConfig config) {
        this(vertx, config.consumerRetries(), config.consumerRetryDelay());
    }

    ConsumerRetries(Vertx vertx, int retries, Duration delay) {
        this.vertx = vertx;
        this.retries = retries;
        this.delay = delay;
    }

    /** The work, tried again while it fails in a way that passes; each try runs on the caller's Vert.x context. */
    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> attempt(what, work, 1, Vertx.currentContext()));
    }

    private <T> Uni<T> attempt(String what, Supplier<Uni<T>> work, int tried, Context context) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(failure -> tried <= retries && passes(failure)).recoverWithUni(failure -> {
                    Duration wait = backOff(tried);
                    Log.warnf("%s failed (try %d of %d), trying again in %d ms: %s", what, tried, retries + 1,
                            wait.toMillis(), reason(failure));
                    return later(wait, context).chain(() -> attempt(what, work, tried + 1, context));
                });
    }

    /** The wait after the n-th try: the delay, then twice as long each time, at most eight times the delay. */
    Duration backOff(int tried) {
        return delay.multipliedBy(1L << Math.min(tried - 1, 3));
    }

    /** Resumes on the context the work started on, where its reactive session lives, once the wait is over. */
    private Uni<Void> later(Duration wait, Context context) {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(Math.max(1, wait.toMillis()), timer -> {
            if (context == null) {
                emitter.complete(null);
            } else {
                context.runOnContext(resume -> emitter.complete(null));
            }
        }));
    }

    /** The failure and, when it wraps one, its root cause: "cannot put ... (ConnectException: refused)". */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " (" + root + ")";
    }

    /** Whether the failure, or one of its causes, is of the kind that passes when tried again a little later. */
    static boolean passes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException db) {
                return passingState(db.getSqlState());
            }
            if (t instanceof ErrorResponseException s3) {
                return s3.response() != null && s3.response().code() >= 500; // 503 Slow Down passes, 403 does not
            }
            if (t instanceof ServerException s3) {
                return s3.statusCode() >= 500;
            }
            if (t instanceof IOException || t instanceof TimeoutException || t instanceof VertxException
                    || t instanceof RetriableException) {
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
