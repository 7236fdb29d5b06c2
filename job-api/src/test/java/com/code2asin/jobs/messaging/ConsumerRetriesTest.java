package com.code2asin.jobs.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code2asin.jobs.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A consumed event is tried again while its failure passes by itself, a bounded number of times, and never else. */
class ConsumerRetriesTest {

    private final ConsumerRetries retries = new ConsumerRetries(3, Duration.ofMillis(10));

    @Test
    void aConnectionLostIsTriedAgainUntilItPasses() {
        AtomicInteger tries = new AtomicInteger();
        String done = retries.apply("test", () -> tries.incrementAndGet() < 3
                ? Uni.createFrom().failure(ClosedConnectionException.INSTANCE)
                : Uni.createFrom().item("applied")).await().atMost(Duration.ofSeconds(5));
        assertEquals("applied", done);
        assertEquals(3, tries.get());
    }

    @Test
    void aServerThatStaysDownEndsAfterTheRetriesWithItsOwnFailure() {
        AtomicInteger tries = new AtomicInteger();
        PgException shutdown = new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> retries.apply("test", () -> {
            tries.incrementAndGet();
            return Uni.createFrom().failure(shutdown);
        }).await().atMost(Duration.ofSeconds(5)));
        assertSame(shutdown, thrown, "the dead-letter topic gets the real reason");
        assertEquals(4, tries.get(), "the first try and three more");
    }

    @Test
    void anEventThatCanNeverBeAppliedIsNotTriedAgain() {
        for (RuntimeException never : new RuntimeException[] {new IllegalArgumentException("forged"),
                new NotFoundException("job gone"), new NullPointerException("a bug"),
                new PgException("duplicate key", "ERROR", "23505", null)}) {
            AtomicInteger tries = new AtomicInteger();
            assertThrows(never.getClass(), () -> retries.apply("test", () -> {
                tries.incrementAndGet();
                return Uni.createFrom().failure(never);
            }).await().atMost(Duration.ofSeconds(5)));
            assertEquals(1, tries.get(), never.toString());
        }
    }
}
