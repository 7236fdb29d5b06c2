package com.code2asin.jobs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundRoundTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void requestsDuringARoundRunOneMoreRoundNotOneEach() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BackgroundRound round = new BackgroundRound(vertx, "test", Duration.ZERO, () -> {
            rounds.incrementAndGet();
            firstStarted.countDown();
            return Uni.createFrom().voidItem().onItem().delayIt().until(ignored -> Uni.createFrom()
                    .item(() -> await(release)).replaceWithVoid()
                    .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()));
        });
        round.request();
        firstStarted.await(5, TimeUnit.SECONDS);
        for (int i = 0; i < 10; i++) {
            round.request();
        }
        release.countDown();
        Thread.sleep(500);
        assertEquals(2, rounds.get());
    }

    @Test
    void aStoppedRoundStartsNoMore() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        BackgroundRound round = new BackgroundRound(vertx, "test", Duration.ZERO, () -> {
            rounds.incrementAndGet();
            return Uni.createFrom().voidItem();
        });
        round.request();
        Thread.sleep(300);
        round.stop();
        round.request();
        round.request();
        Thread.sleep(300);
        assertEquals(1, rounds.get(), "after stop, requests start nothing (the pool they need is closing)");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
