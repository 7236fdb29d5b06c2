package com.code2asin.lookup.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.quota.Delays;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsumerRetriesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static Vertx vertx;

    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close();
    }

    private static ConsumerRetries retries(int times) {
        return new ConsumerRetries(times, Duration.ofMillis(5), new Delays(vertx));
    }

    /** Work that fails with {@code failure} the first {@code failures} times it runs, then answers "done". */
    private Supplier<Uni<String>> failing(int failures, Supplier<Throwable> failure) {
        return () -> attempts.incrementAndGet() <= failures ? Uni.createFrom().failure(failure.get())
                : Uni.createFrom().item("done");
    }

    @Test
    void aPostgresRestartIsTriedAgainUntilItPasses() {
        String result = retries(5).apply("record", failing(3, () -> new PgException(
                "terminating connection due to administrator command", "FATAL", "57P01", null)))
                .await().atMost(WAIT);
        assertEquals("done", result);
        assertEquals(4, attempts.get());
    }

    @Test
    void aRefusedConnectionAndAKafkaSendTimeoutAreTriedAgain() {
        assertEquals("done", retries(5).apply("dedupe check", failing(1, () -> new CompletionException(
                new ConnectException("Connection refused: 127.0.0.1/127.0.0.1:5432")))).await().atMost(WAIT));
        attempts.set(0);
        assertEquals("done", retries(5).apply("batch.done", failing(2, () -> new TimeoutException(
                "Expiring 1 record(s) for code2asin.batch-done.v1-0: 120000 ms has passed"))).await().atMost(WAIT));
        assertEquals(3, attempts.get());
    }

    @Test
    void aFailureThatWillNotPassIsNotTriedAgain() {
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class,
                () -> retries(5).apply("lookup", failing(1, () -> bug)).await().atMost(WAIT)));
        assertEquals(1, attempts.get());

        attempts.set(0);
        assertThrows(PgException.class, () -> retries(5).apply("record", failing(1, () -> new PgException(
                "duplicate key value violates unique constraint", "ERROR", "23505", null))).await().atMost(WAIT));
        assertEquals(1, attempts.get());
    }

    @Test
    void retriesAreBoundedAndTheLastFailureIsWhatTheBatchGoesToTheDeadLetterTopicWith() {
        assertThrows(TimeoutException.class, () -> retries(3).apply("batch.done",
                failing(100, () -> new TimeoutException("send timed out"))).await().atMost(WAIT));
        assertEquals(4, attempts.get(), "the first try and 3 retries");
    }

    @Test
    void thePauseDoublesUpToEightTimesTheDelay() {
        Duration second = Duration.ofSeconds(1);
        assertEquals(Duration.ofSeconds(1), ConsumerRetries.pause(second, 0));
        assertEquals(Duration.ofSeconds(2), ConsumerRetries.pause(second, 1));
        assertEquals(Duration.ofSeconds(4), ConsumerRetries.pause(second, 2));
        assertEquals(Duration.ofSeconds(8), ConsumerRetries.pause(second, 3));
        assertEquals(Duration.ofSeconds(8), ConsumerRetries.pause(second, 40));
        assertEquals(Duration.ofSeconds(23), ConsumerRetries.worstCase(5, second));
    }

    @Test
    void whatPasses() {
        assertTrue(ConsumerRetries.passes(new PgException("too many connections", "FATAL", "53300", null)));
        assertTrue(ConsumerRetries.passes(new RuntimeException(new io.vertx.core.VertxException("Connection closed"))));
        assertFalse(ConsumerRetries.passes(new IllegalArgumentException("not a valid event")));
        assertFalse(ConsumerRetries.passes(new NoStackTraceThrowable("something")));
    }
}
