package com.code2asin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackOffRetriesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static Vertx vertx;

    /** The Vert.x context each try ran on, and when it ran (nanoTime). */
    private final List<Context> contexts = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static BackOffRetries retries(int times, Duration delay) {
        return new BackOffRetries(vertx, times, delay, TransientFailures::passes);
    }

    /** Fails with these failures, one a try, then answers "done". */
    private Supplier<Uni<String>> failing(Throwable... failures) {
        return () -> {
            contexts.add(Vertx.currentContext());
            times.add(System.nanoTime());
            int tried = times.size();
            return tried <= failures.length ? Uni.createFrom().failure(failures[tried - 1])
                    : Uni.createFrom().item("done");
        };
    }

    @Test
    void everyTryRunsOnTheContextTheWorkWasAppliedOn() throws Exception {
        // a Kafka record's context, as the connector hands it to the consumer: where Hibernate Reactive's session lives
        Context record = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
        CompletableFuture<String> result = new CompletableFuture<>();
        Throwable lost = ClosedConnectionException.INSTANCE;
        Throwable restarting = new PgException("terminating connection", "FATAL", "57P01", null);

        Supplier<Uni<String>> work = failing(lost, restarting, lost);
        // the failures come back on another thread, as from blocking work run on a worker thread
        Supplier<Uni<String>> offloaded = () -> work.get().emitOn(Infrastructure.getDefaultWorkerPool());

        record.runOnContext(start -> retries(3, Duration.ofMillis(5)).apply("test", offloaded)
                .subscribe().with(result::complete, result::completeExceptionally));

        assertEquals("done", result.get(10, TimeUnit.SECONDS));
        assertEquals(4, contexts.size());
        contexts.forEach(tried -> assertSame(record, tried, "every try runs on the record's context"));
    }

    @Test
    void theTriesAreBoundedAndTheLastFailureComesOutAsItIs() {
        Throwable down = new PgException("the database system is shutting down", "FATAL", "57P03", null);

        Throwable failed = assertThrows(PgException.class, () -> retries(3, Duration.ofMillis(5))
                .apply("test", failing(down, down, down, down, down)).await().atMost(WAIT));

        assertSame(down, failed, "the dead-letter topic gets the real reason");
        assertEquals(4, times.size(), "the first try and 3 retries");
    }

    @Test
    void aFailureThatDoesNotPassIsNotTriedAgain() {
        IllegalArgumentException invalid = new IllegalArgumentException("not a valid event");

        assertSame(invalid, assertThrows(IllegalArgumentException.class,
                () -> retries(3, Duration.ofMillis(5)).apply("test", failing(invalid)).await().atMost(WAIT)));
        assertEquals(1, times.size());
    }

    @Test
    void theServicesPredicateDecidesWhatIsTriedAgain() {
        PgException duplicate = new PgException("duplicate key", "ERROR", "23505", null);
        BackOffRetries duplicatesPass = new BackOffRetries(vertx, 3, Duration.ofMillis(5), failure -> true);

        assertEquals("done", duplicatesPass.apply("test", failing(duplicate)).await().atMost(WAIT));
        assertEquals(2, times.size());
    }

    @Test
    void theWaitDoublesUpToEightTimesTheDelay() {
        Duration second = Duration.ofSeconds(1);
        assertEquals(List.of(1L, 2L, 4L, 8L, 8L, 8L), List.of(1, 2, 3, 4, 5, 40).stream()
                .map(tried -> BackOffRetries.backOff(second, tried).toSeconds()).toList());
        assertEquals(Duration.ofSeconds(23), BackOffRetries.worstCase(5, second));
        assertEquals(Duration.ZERO, BackOffRetries.worstCase(0, second));
    }

    @Test
    void theTriesAreApartByAtLeastTheirWaits() {
        Throwable lost = ClosedConnectionException.INSTANCE;

        assertEquals("done", retries(3, Duration.ofMillis(40)).apply("test", failing(lost, lost, lost))
                .await().atMost(WAIT));

        List<Long> waited = List.of(1, 2, 3).stream()
                .map(i -> TimeUnit.NANOSECONDS.toMillis(times.get(i) - times.get(i - 1))).toList();
        assertTrue(waited.get(0) >= 40 && waited.get(1) >= 80 && waited.get(2) >= 160, waited.toString());
    }

    @Test
    void givingUpCancelsTheWaitAndNothingIsTriedAgain() throws InterruptedException {
        Cancellable subscription = retries(3, Duration.ofMillis(100))
                .apply("test", failing(ClosedConnectionException.INSTANCE)).subscribe().with(done -> { });
        assertEquals(1, times.size());

        subscription.cancel(); // a deadline won the race against the work
        Thread.sleep(400);

        assertEquals(1, times.size(), "the pending wait was cancelled");
    }
}
