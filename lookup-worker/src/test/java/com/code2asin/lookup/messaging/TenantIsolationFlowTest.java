package com.code2asin.lookup.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code2asin.lookup.TestBatches;
import com.code2asin.lookup.service.FakeSpApi;
import com.code2asin.lookup.service.StalledLookupService;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.testing.FreshConsumerGroup;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batches of a tenant held up by Amazon (here: never answered) do not hold up another tenant's batches behind them
 * on the same partitions: each consumer hands its records to the replica's batches in flight and acknowledges each
 * when it is done. Over the local Kafka.
 */
@QuarkusTest
@TestProfile(TenantIsolationFlowTest.Stalled.class)
@QuarkusTestResource(value = FakeSpApi.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FreshConsumerGroup.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = FreshConsumerGroup.PREFIX, value = "lookup-worker-isolation"),
        @ResourceArg(name = "lookup-requested", value = Topics.LOOKUP_REQUESTED)})
class TenantIsolationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    public static class Stalled implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(StalledLookupService.class);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anotherTenantsBatchesPassTheBatchesOfATenantHeldUpByAmazon() throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.BATCH_DONE)) {
            List<LookupRequested> stalled = new ArrayList<>();
            for (int i = 0; i < 12; i++) { // more than the channel's 4 consumers, on every partition
                stalled.add(batch(StalledLookupService.STALLED));
            }
            for (LookupRequested batch : stalled) {
                send(kafka, batch);
            }
            List<LookupRequested> others = List.of(batch("acme"), batch("acme"), batch("acme"));
            for (LookupRequested batch : others) {
                send(kafka, batch);
            }
            for (LookupRequested batch : others) {
                BatchDone done = json.readValue(kafka.await(r -> isDoneOf(r, batch), WAIT).value(), BatchDone.class);
                done.items().forEach(item -> assertEquals(ItemStatus.MATCHED, item.status(), item.error()));
            }
            assertThrows(AssertionError.class, () -> kafka.await(r -> isDoneOf(r, stalled.get(0)),
                    Duration.ofSeconds(1)), "the held-up tenant's batches are still waiting");
        }
    }

    private void send(KafkaTestClient kafka, LookupRequested batch) throws Exception {
        kafka.send(Topics.LOOKUP_REQUESTED, batch.batchId().toString(), EventTypes.LOOKUP_REQUESTED,
                batch.jobId().toString(), batch.tenant(), json.writeValueAsString(batch));
    }

    private boolean isDoneOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record,
                             LookupRequested batch) {
        try {
            return json.readValue(record.value(), BatchDone.class).batchId().equals(batch.batchId());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("batch.done is not a BatchDone: " + record.value(), e);
        }
    }

    private static LookupRequested batch(String tenant) {
        return TestBatches.forJob(UUID.randomUUID(), tenant, 3, '2');
    }
}
