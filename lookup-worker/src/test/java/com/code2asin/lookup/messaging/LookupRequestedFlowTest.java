package com.code2asin.lookup.messaging;

import static com.code2asin.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.TestBatches;
import com.code2asin.lookup.service.FakeSpApi;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * lookup.requested in over the local Kafka, batch.done out, with the worker's concurrent consumers: each batch is
 * answered once, a redelivered attempt is skipped, and what cannot be a batch (unreadable, incomplete, naming a
 * marketplace that does not exist) goes to the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeSpApi.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FreshConsumerGroup.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = FreshConsumerGroup.PREFIX, value = "lookup-worker-test"),
        @ResourceArg(name = "lookup-requested", value = Topics.LOOKUP_REQUESTED)})
class LookupRequestedFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyBatchOfABurstIsAnsweredOnceAndARedeliveryIsSkipped() throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.BATCH_DONE)) {
            List<LookupRequested> burst = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                burst.add(batch(UUID.randomUUID()));
            }
            for (LookupRequested batch : burst) {
                send(kafka, batch);
            }
            LookupRequested first = burst.get(0);
            send(kafka, first); // the redelivery of an attempt already answered (same key, same partition)
            LookupRequested after = batch(first.jobId()); // behind it on that partition, answered after it
            send(kafka, after);
            for (LookupRequested batch : burst) {
                BatchDone done = done(kafka.await(r -> isDoneOf(r, batch), WAIT));
                assertEquals(batch.items().size(), done.items().size());
                done.items().forEach(item -> assertEquals(ItemStatus.MATCHED, item.status(), item.error()));
            }
            kafka.await(r -> isDoneOf(r, after), WAIT);
            // a second answer to the redelivery would have been published, on the job's partition, before this one
            assertThrows(AssertionError.class, () -> kafka.await(r -> isDoneOf(r, first), Duration.ofSeconds(1)));
        }
    }

    @Test
    void whatCannotBeABatchGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.LOOKUP_REQUESTED + Topics.DLQ_SUFFIX)) {
            String garbageKey = "garbage-" + UUID.randomUUID();
            kafka.send(Topics.LOOKUP_REQUESTED, garbageKey, EventTypes.LOOKUP_REQUESTED, "none", "acme", "{not json");
            ConsumerRecord<String, String> garbage = kafka.await(r -> garbageKey.equals(r.key()), WAIT);
            assertEquals("{not json", header(garbage, "deserialization-failure-value-data"));

            String emptyKey = "empty-" + UUID.randomUUID();
            kafka.send(Topics.LOOKUP_REQUESTED, emptyKey, EventTypes.LOOKUP_REQUESTED, "none", "acme",
                    "{\"batch_id\":\"" + UUID.randomUUID() + "\"}");
            ConsumerRecord<String, String> empty = kafka.await(r -> emptyKey.equals(r.key()), WAIT);
            assertTrue(header(empty, "dead-letter-reason").contains("without batch_id, job_id or items"),
                    header(empty, "dead-letter-reason"));

            String forgedKey = "forged-" + UUID.randomUUID();
            String forged = "{\"batch_id\":\"" + UUID.randomUUID() + "\",\"job_id\":\"" + UUID.randomUUID()
                    + "\",\"marketplace\":\"XX\",\"items\":[]}";
            kafka.send(Topics.LOOKUP_REQUESTED, forgedKey, EventTypes.LOOKUP_REQUESTED, "none", "acme", forged);
            ConsumerRecord<String, String> unknown = kafka.await(r -> forgedKey.equals(r.key()), WAIT);
            assertEquals(forged, header(unknown, "deserialization-failure-value-data"));
            String why = header(unknown, "deserialization-failure-reason") + " / "
                    + header(unknown, "deserialization-failure-cause");
            assertTrue(why.contains("unknown marketplace 'XX'"), why);
        }
    }

    private void send(KafkaTestClient kafka, LookupRequested batch) throws Exception {
        kafka.send(Topics.LOOKUP_REQUESTED, batch.jobId().toString(), EventTypes.LOOKUP_REQUESTED,
                batch.jobId().toString(), batch.tenant(), json.writeValueAsString(batch));
    }

    private boolean isDoneOf(ConsumerRecord<String, String> record, LookupRequested batch) {
        return done(record).batchId().equals(batch.batchId());
    }

    private BatchDone done(ConsumerRecord<String, String> record) {
        try {
            return json.readValue(record.value(), BatchDone.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("batch.done is not a BatchDone: " + record.value(), e);
        }
    }

    private static LookupRequested batch(UUID jobId) {
        return TestBatches.forJob(jobId, "acme", 3, '1');
    }
}
