package com.code2asin.lookup.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.TestBatches;
import com.code2asin.lookup.repository.ProcessedBatchRepository;
import com.code2asin.lookup.service.FakeSpApi;
import com.code2asin.lookup.service.StalledLookupService;
import com.code2asin.model.Topics;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.testing.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The consumer's steps against real PostgreSQL and Kafka, with a publisher that can be made to fail: a send that timed
 * out is tried again and the batch completes; a bug is not retried and fails the batch (to its dead-letter topic);
 * a batch held up past max-batch-wait is answered with its items failed as api_rate_limit.
 */
@QuarkusTest
@TestProfile(ConsumerResilienceTest.Flaky.class)
@QuarkusTestResource(value = FakeSpApi.class, restrictToAnnotatedClass = true)
class ConsumerResilienceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    public static class Flaky implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FlakyBatchDonePublisher.class, StalledLookupService.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lookup-worker.consumer-retry-delay", "20ms", "lookup-worker.max-batch-wait", "3s");
        }
    }

    @Inject
    LookupRequestedConsumer consumer;

    @Inject
    ProcessedBatchRepository processed;

    @Test
    void aSendThatTimedOutIsTriedAgainAndTheBatchIsAnsweredAndRecorded() {
        LookupRequested batch = batch("acme");
        FlakyBatchDonePublisher.failNext(batch.batchId(), 2,
                () -> new TimeoutException("Expiring 1 record(s) for code2asin.batch-done.v1-0: 120000 ms has passed"));
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.BATCH_DONE)) {
            consumer.process(batch).await().atMost(WAIT);
            kafka.await(r -> r.value().contains(batch.batchId().toString()), WAIT);
        }
        assertEquals(3, FlakyBatchDonePublisher.SENDS.get(batch.batchId()).get());
        assertTrue(processed.alreadyProcessed(batch.batchId(), batch.attempt()).await().atMost(WAIT));
        FlakyBatchDonePublisher.PUBLISHED.get(batch.batchId()).items()
                .forEach(item -> assertEquals(ItemStatus.MATCHED, item.status(), item.error()));
    }

    @Test
    void aBugIsNotTriedAgainAndTheBatchIsNotRecorded() {
        LookupRequested batch = batch("acme");
        IllegalStateException bug = new IllegalStateException("a bug in the publisher");
        FlakyBatchDonePublisher.failNext(batch.batchId(), 1, () -> bug);
        assertSame(bug, assertThrows(IllegalStateException.class, () -> consumer.process(batch).await().atMost(WAIT)));
        assertEquals(1, FlakyBatchDonePublisher.SENDS.get(batch.batchId()).get());
        assertFalse(processed.alreadyProcessed(batch.batchId(), batch.attempt()).await().atMost(WAIT));
    }

    @Test
    void aBatchHeldUpPastMaxBatchWaitIsAnsweredAsRateLimitedForJobApiToRetry() {
        LookupRequested batch = batch(StalledLookupService.STALLED);
        consumer.process(batch).await().atMost(WAIT);
        BatchDone done = FlakyBatchDonePublisher.PUBLISHED.get(batch.batchId());
        assertEquals(batch.items().size(), done.items().size());
        done.items().forEach(item -> {
            assertEquals(ItemStatus.FAILED, item.status());
            assertEquals(ErrorCategory.API_RATE_LIMIT, item.errorCategory());
            assertTrue(item.error().contains("not answered within 3s (lookup-worker.max-batch-wait)"), item.error());
        });
        assertTrue(processed.alreadyProcessed(batch.batchId(), batch.attempt()).await().atMost(WAIT));
    }

    private static LookupRequested batch(String tenant) {
        return TestBatches.forJob(UUID.randomUUID(), tenant, 2, '2');
    }
}
