package com.code2asin.exports.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.exports.domain.ExportFailedException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** export-service's own rules on top of the common ones (service-support's TransientFailures, tested there). */
class ConsumerRetriesTest {

    private static Vertx vertx;

    private final InFlightExports inFlight = new InFlightExports(Duration.ofSeconds(1));
    private final ConsumerRetries retries = new ConsumerRetries(vertx, inFlight, 3, Duration.ofMillis(10));

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void anotherReplicaRecordingTheSameExportIsTriedAgainUntilTheExportSucceeds() {
        AtomicInteger tries = new AtomicInteger();
        String done = retries.apply("test", () -> tries.incrementAndGet() < 3
                ? Uni.createFrom().<String>failure(new PgException(
                        "duplicate key value violates unique constraint \"export_file_pkey\"", "ERROR", "23505", null))
                : Uni.createFrom().item("exported")).await().atMost(Duration.ofSeconds(5));
        assertEquals("exported", done);
        assertEquals(3, tries.get());
    }

    @Test
    void whatTheExportOrTheProducerTriedAlreadyOrAnotherConstraintIsNotTriedAgain() {
        assertFalse(ConsumerRetries.passes(
                ExportFailedException.passing("S3 unreachable", new IOException("Connection refused"))));
        assertFalse(ConsumerRetries.passes(new org.apache.kafka.common.errors.TimeoutException(
                "Expiring 1 record(s) for code2asin.export-done.v1-0: 120000 ms has passed")));
        assertFalse(ConsumerRetries.passes(new PgException("null value in column \"tenant\"", "ERROR", "23502", null)));
        assertTrue(ConsumerRetries.passes(ClosedConnectionException.INSTANCE), "the common rules still apply");
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
