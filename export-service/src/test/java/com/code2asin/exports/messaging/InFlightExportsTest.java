package com.code2asin.exports.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** SIGTERM: the export under way may finish within the grace; anything else is handed back, never dead-lettered. */
class InFlightExportsTest {

    @Test
    void theShutdownWaitsForTheExportUnderWayWhichFinishesAndIsAcknowledged() throws Exception {
        InFlightExports inFlight = new InFlightExports(Duration.ofSeconds(30));
        CompletableFuture<String> export = new CompletableFuture<>();
        UniAssertSubscriber<String> consumer = inFlight.run("test", () -> Uni.createFrom().completionStage(export))
                .subscribe().withSubscriber(UniAssertSubscriber.create());

        CompletableFuture<Integer> shutdown = CompletableFuture.supplyAsync(inFlight::drain);
        while (!inFlight.stopping()) {
            Thread.onSpinWait();
        }
        assertFalse(shutdown.isDone(), "the shutdown waits while the export runs");
        export.complete("recorded and announced");

        assertEquals(0, shutdown.get(5, TimeUnit.SECONDS), "nothing left under way");
        consumer.assertItem("recorded and announced"); // acknowledged: committed when the consumers close
    }

    @Test
    void anExportStillRunningAfterTheGraceIsHandedBackWhateverItsEnd() {
        InFlightExports inFlight = new InFlightExports(Duration.ofMillis(50));
        CompletableFuture<String> export = new CompletableFuture<>();
        UniAssertSubscriber<String> consumer = inFlight.run("test", () -> Uni.createFrom().completionStage(export))
                .subscribe().withSubscriber(UniAssertSubscriber.create());

        assertEquals(1, inFlight.drain(), "still under way when the grace is over");
        export.completeExceptionally(new IllegalStateException("Pool closed")); // the shutdown goes on under it

        // neither acknowledged nor sent to the dead-letter topic: its offset stays uncommitted
        consumer.assertNotTerminated();
    }

    @Test
    void noExportStartsOnceTheServiceStops() {
        InFlightExports inFlight = new InFlightExports(Duration.ofSeconds(1));
        assertEquals(0, inFlight.drain());
        AtomicBoolean started = new AtomicBoolean();
        UniAssertSubscriber<String> consumer = inFlight.run("test", () -> {
            started.set(true);
            return Uni.createFrom().item("exported");
        }).subscribe().withSubscriber(UniAssertSubscriber.create());

        assertFalse(started.get(), "handed back to the replica that takes the partition over");
        consumer.assertNotTerminated();
    }

    @Test
    void aFailureBeforeTheShutdownStillGoesToTheDeadLetterTopic() {
        InFlightExports inFlight = new InFlightExports(Duration.ofSeconds(1));
        IllegalArgumentException forged = new IllegalArgumentException("tenant '../x' cannot name an object key");
        inFlight.run("test", () -> Uni.createFrom().failure(forged))
                .subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertFailedWith(IllegalArgumentException.class, "cannot name an object key");
        assertEquals(0, inFlight.drain(), "a failed export is no longer under way");
    }
}
