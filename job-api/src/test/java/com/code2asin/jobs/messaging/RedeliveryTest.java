package com.code2asin.jobs.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code2asin.jobs.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A consumed event is tried again while its failure may pass, a bounded number of times, and never when it cannot. */
class RedeliveryTest {

    private final Redelivery redelivery = new Redelivery(3, Duration.ofMillis(10));

    @Test
    void aFailureThatMayPassIsTriedAgainUntilItPasses() {
        AtomicInteger tries = new AtomicInteger();
        String done = redelivery.apply("test", () -> tries.incrementAndGet() < 3
                ? Uni.createFrom().failure(new IllegalStateException("connection closed"))
                : Uni.createFrom().item("applied")).await().atMost(Duration.ofSeconds(5));
        assertEquals("applied", done);
        assertEquals(3, tries.get());
    }

    @Test
    void aFailureThatLastsEndsAfterTheRetriesForTheDeadLetterTopic() {
        AtomicInteger tries = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> redelivery.apply("test", () -> {
            tries.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("PostgreSQL is down"));
        }).await().atMost(Duration.ofSeconds(5)));
        assertEquals(4, tries.get(), "the first try and three more");
    }

    @Test
    void anEventThatCanNeverBeAppliedIsNotTriedAgain() {
        for (RuntimeException never : new RuntimeException[] {new IllegalArgumentException("forged"),
                new NotFoundException("job gone")}) {
            AtomicInteger tries = new AtomicInteger();
            assertThrows(never.getClass(), () -> redelivery.apply("test", () -> {
                tries.incrementAndGet();
                return Uni.createFrom().failure(never);
            }).await().atMost(Duration.ofSeconds(5)));
            assertEquals(1, tries.get());
        }
    }
}
