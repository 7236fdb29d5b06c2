package com.code2asin.images.messaging;

import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.support.BackOffRetries;
import com.code2asin.support.TransientFailures;
import com.code2asin.support.TransientFailures.Verdict;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/**
 * How the consumer applies a request: a failure that passes by itself (S3 down for a moment or answering 5xx,
 * PostgreSQL restarting or refusing connections, a connection lost, Kafka not answering: {@link TransientFailures})
 * is tried again in place, up to {@code consumer-retries} times with growing delays, on the record's Vert.x context
 * ({@link BackOffRetries}), before the request goes to its dead-letter topic; anything else (unreadable, invalid,
 * refused by S3, a bug) goes there at once, with its reason.
 */
@Singleton
public class ConsumerRetries extends BackOffRetries {

    ConsumerRetries(Vertx vertx, ImageFetcherConfig config) {
        super(vertx, config.consumerRetries(), config.consumerRetryDelay(), ConsumerRetries::passes);
    }

    /** The common failures that pass, and S3 answering with a server error (503 Slow Down); a 4xx does not pass. */
    static boolean passes(Throwable failure) {
        return TransientFailures.passes(failure, ConsumerRetries::s3);
    }

    private static Verdict s3(Throwable failure) {
        if (failure instanceof ErrorResponseException s3) {
            return s3.response() != null && s3.response().code() >= 500 ? Verdict.PASSES : Verdict.LASTS;
        }
        if (failure instanceof ServerException s3) {
            return s3.statusCode() >= 500 ? Verdict.PASSES : Verdict.LASTS;
        }
        return Verdict.UNDECIDED;
    }
}
