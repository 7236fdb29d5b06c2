package com.code2asin.exports.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code2asin.exports.domain.ExportFailedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A consumed event is tried again while its failure passes by itself, a bounded number of times, and never else. */
class ConsumerRetriesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final InFlightExports inFlight = new InFlightExports(Duration.ofSeconds(1));
    private final ConsumerRetries retries = new ConsumerRetries(inFlight, 3, Duration.ofMillis(10));

    @Test
    void aFailureThatPassesIsTriedAgainUntilTheExportSucceeds() {
        List<RuntimeException> passing = List.of(
                ClosedConnectionException.INSTANCE,
                new CompletionException(new ConnectException("Connection refused")),
                new PgException("the database system is shutting down", "FATAL", "57P03", null),
                new PgException("duplicate key value violates unique constraint \"export_file_pkey\"", "ERROR",
                        "23505", null));
        for (RuntimeException failure : passing) {
            AtomicInteger tries = new AtomicInteger();
            String done = retries.apply("test", () -> tries.incrementAndGet() < 3
                    ? Uni.createFrom().<String>failure(failure)
                    : Uni.createFrom().item("exported")).await().atMost(WAIT);
            assertEquals("exported", done, failure.toString());
            assertEquals(3, tries.get(), failure.toString());
        }
    }

    @Test
    void aDatabaseThatStaysDownEndsAfterTheRetriesWithItsOwnFailure() {
        AtomicInteger tries = new AtomicInteger();
        PgException shutdown = new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> retries.apply("test", () -> {
            tries.incrementAndGet();
            return Uni.createFrom().failure(shutdown);
        }).await().atMost(WAIT));
        assertSame(shutdown, thrown, "the dead-letter topic gets the real reason");
        assertEquals(4, tries.get(), "the first try and three more");
    }

    @Test
    void anEventThatCanNeverBeExportedIsNotTriedAgain() {
        for (RuntimeException never : new RuntimeException[] {
                new IllegalArgumentException("tenant '../x' cannot name an object key"),
                new NullPointerException("export_id is required"),
                new PgException("null value in column \"tenant\"", "ERROR", "23502", null),
                // already tried by the export itself, which records it failed: never reaches the consumer as such
                ExportFailedException.passing("S3 unreachable", new IOException("Connection refused"))}) {
            AtomicInteger tries = new AtomicInteger();
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> retries.apply("test", () -> {
                tries.incrementAndGet();
                return Uni.createFrom().failure(never);
            }).await().atMost(WAIT));
            assertSame(never, thrown);
            assertEquals(1, tries.get(), never.toString());
        }
    }

    @Test
    void theWaitDoublesUpToEightTimesTheDelay() {
        ConsumerRetries oneSecond = new ConsumerRetries(inFlight, 5, Duration.ofSeconds(1));
        assertEquals(List.of(1L, 2L, 4L, 8L, 8L), List.of(1, 2, 3, 4, 5).stream()
                .map(tried -> oneSecond.backOff(tried).toSeconds()).toList());
    }

    @Test
    void everyTryRunsOnTheContextOfTheRecord() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Context record = vertx.getOrCreateContext();
            List<Context> seen = new CopyOnWriteArrayList<>();
            CompletableFuture<String> done = new CompletableFuture<>();
            record.runOnContext(ignored -> retries.apply("test", () -> {
                seen.add(Vertx.currentContext());
                return seen.size() < 3 ? Uni.createFrom().<String>failure(ClosedConnectionException.INSTANCE)
                        : Uni.createFrom().item("exported");
            }).subscribe().with(done::complete, done::completeExceptionally));
            assertEquals("exported", done.get(5, TimeUnit.SECONDS));
            assertEquals(List.of(record, record, record), seen, "the reactive session lives on that context");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void aFailureOnceTheServiceStopsIsHandedBackInsteadOfTriedAgainOrDeadLettered() {
        AtomicInteger tries = new AtomicInteger();
        CompletableFuture<Void> running = new CompletableFuture<>();
        UniAssertSubscriber<Object> consumer = retries.apply("test", () -> {
            tries.incrementAndGet();
            return Uni.createFrom().completionStage(running);
        }).subscribe().withSubscriber(UniAssertSubscriber.create());

        Thread.ofVirtual().start(inFlight::drain); // SIGTERM
        while (!inFlight.stopping()) {
            Thread.onSpinWait();
        }
        running.completeExceptionally(ClosedConnectionException.INSTANCE); // the pool closed under the export

        assertEquals(1, tries.get(), "not tried again");
        // neither acknowledged nor sent to the dead-letter topic: the offset stays uncommitted
        consumer.assertNotTerminated();
    }
}
