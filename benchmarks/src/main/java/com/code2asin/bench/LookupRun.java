package com.code2asin.bench;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.ImageMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Feeds lookup-workers the way job-api does: {@code lookup.requested} batches of 20 codes on the bench's own topics,
 * then reads {@code batch.done} until every batch is answered. Measures from the first batch sent to the last answer.
 */
final class LookupRun {

    static final int BATCH = 20;

    record Code(String code, String gtin14, String marketplace) {
    }

    record Outcome(Map<UUID, Code> codes, Map<UUID, ItemResult> results, Duration elapsed) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String bootstrap;
    private final String requestsTopic;
    private final String doneTopic;

    LookupRun(String bootstrap, String requestsTopic, String doneTopic) {
        this.bootstrap = bootstrap;
        this.requestsTopic = requestsTopic;
        this.doneTopic = doneTopic;
    }

    Outcome run(List<Code> codes, Duration timeout) throws Exception {
        return run(codes, timeout, false);
    }

    /** {@code withPrices}: the batches ask for every candidate's offers, as a job does by default. */
    Outcome run(List<Code> codes, Duration timeout, boolean withPrices) throws Exception {
        UUID jobId = UUID.randomUUID();
        Map<UUID, Code> byItem = new HashMap<>();
        List<LookupRequested> batches = batches(jobId, codes, byItem, withPrices);
        try (KafkaConsumer<String, String> consumer = BenchKafka.atTheEnd(bootstrap, doneTopic)) {
            long started = System.nanoTime();
            publish(batches);
            Map<UUID, ItemResult> results = collect(consumer, jobId, batches, timeout);
            return new Outcome(byItem, results, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private List<LookupRequested> batches(UUID jobId, List<Code> codes, Map<UUID, Code> byItem,
                                          boolean withPrices) {
        Map<String, List<LookupItem>> open = new HashMap<>();
        List<LookupRequested> batches = new ArrayList<>();
        for (Code code : codes) {
            UUID itemId = UUID.randomUUID();
            byItem.put(itemId, code);
            List<LookupItem> items = open.computeIfAbsent(code.marketplace(), m -> new ArrayList<>());
            items.add(new LookupItem(itemId, code.code(), code.gtin14(), null, null, null));
            if (items.size() == BATCH) {
                batches.add(batch(jobId, code.marketplace(), items, withPrices));
                open.remove(code.marketplace());
            }
        }
        open.forEach((marketplace, items) -> batches.add(batch(jobId, marketplace, items, withPrices)));
        return batches;
    }

    private static LookupRequested batch(UUID jobId, String marketplace, List<LookupItem> items,
                                         boolean withPrices) {
        return new LookupRequested(UUID.randomUUID(), 1, jobId, "bench", Marketplace.named(marketplace), "sp-api", true,
                0.85, false, 1, ImageMode.REPLACE, List.copyOf(items), List.of(), withPrices);
    }

    private void publish(List<LookupRequested> batches) throws Exception {
        try (KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            for (LookupRequested batch : batches) {
                producer.send(new ProducerRecord<>(requestsTopic, batch.batchId().toString(),
                        json.writeValueAsString(batch)));
            }
            producer.flush();
        }
    }

    private Map<UUID, ItemResult> collect(KafkaConsumer<String, String> consumer, UUID jobId,
                                          List<LookupRequested> batches, Duration timeout) throws Exception {
        Set<UUID> waiting = new HashSet<>();
        batches.forEach(b -> waiting.add(b.batchId()));
        Map<UUID, ItemResult> results = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.size() + " of " + batches.size()
                        + " batches unanswered after " + timeout + ": are the lookup-workers running?");
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                BatchDone done = json.readValue(record.value(), BatchDone.class);
                if (jobId.equals(done.jobId()) && waiting.remove(done.batchId())) {
                    done.items().forEach(item -> results.put(item.itemId(), item));
                }
            }
        }
        return results;
    }
}
