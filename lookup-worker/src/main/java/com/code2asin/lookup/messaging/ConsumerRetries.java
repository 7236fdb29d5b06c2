package com.code2asin.lookup.messaging;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.support.BackOffRetries;
import com.code2asin.support.TransientFailures;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;

/**
 * How the consumer runs a step of a batch: a failure that passes by itself ({@link TransientFailures}: PostgreSQL
 * restarting or refusing connections, a connection lost, a Kafka send timing out) is tried again in place,
 * {@code consumer-retries} times with a pause that doubles from {@code consumer-retry-delay} up to 8 times it, on the
 * record's Vert.x context ({@link BackOffRetries}); anything else (an event that is not a batch, a bug) fails at once
 * and the batch goes to the dead-letter topic with its reason.
 */
@Singleton
public class ConsumerRetries extends BackOffRetries {

    ConsumerRetries(Vertx vertx, LookupConfig config) {
        super(vertx, config.consumerRetries(), config.consumerRetryDelay(), TransientFailures::passes);
    }
}
