package com.code2asin.bench;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.ImageMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Several tenants' jobs fed to lookup-workers side by side as job-api feeds them: at most {@code window} batches of
 * each job out at once, the next sent when one is answered. Each lane starts after its own delay and is timed from
 * its first batch to its last answer; the run ends when the lane named {@code until} is done.
 */
final class TenantRun {

    record Lane(String tenant, List<LookupRun.Code> codes, Duration startAfter) {
    }

    record Outcome(int codes, Duration elapsed, Map<UUID, ItemResult> results, boolean finished) {
    }

    private static final class Feed {
        final Lane lane;
        final UUID jobId = UUID.randomUUID();
        final Deque<LookupRequested> waiting = new ArrayDeque<>();
        final Set<UUID> out = new HashSet<>();
        final Map<UUID, ItemResult> results = new HashMap<>();
        long started;
        long ended;

        Feed(Lane lane) {
            this.lane = lane;
        }

        boolean done() {
            return started > 0 && waiting.isEmpty() && out.isEmpty();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final String bootstrap;
    private final String requestsTopic;
    private final String doneTopic;
    private final int window;

    TenantRun(String bootstrap, String requestsTopic, String doneTopic, int window) {
        this.bootstrap = bootstrap;
        this.requestsTopic = requestsTopic;
        this.doneTopic = doneTopic;
        this.window = window;
    }

    Map<String, Outcome> run(List<Lane> lanes, String until, Duration timeout) throws Exception {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        Map<UUID, Feed> byJob = new HashMap<>();
        for (Lane lane : lanes) {
            Feed feed = new Feed(lane);
            batches(feed);
            feeds.put(lane.tenant(), feed);
            byJob.put(feed.jobId, feed);
        }
        try (KafkaConsumer<String, String> consumer = BenchKafka.atTheEnd(bootstrap, doneTopic);
             KafkaProducer<String, String> producer = BenchKafka.producer(bootstrap)) {
            long begin = System.nanoTime();
            long deadline = begin + timeout.toNanos();
            Feed last = feeds.get(until);
            while (!last.done()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(until + " not done after " + timeout
                            + ": are the lookup-workers running?");
                }
                for (Feed feed : feeds.values()) {
                    if (feed.started == 0 && System.nanoTime() - begin >= feed.lane.startAfter().toNanos()) {
                        feed.started = System.nanoTime();
                        topUp(feed, producer);
                    }
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    BatchDone done = json.readValue(record.value(), BatchDone.class);
                    Feed feed = byJob.get(done.jobId());
                    if (feed != null && feed.out.remove(done.batchId())) {
                        done.items().forEach(item -> feed.results.put(item.itemId(), item));
                        topUp(feed, producer);
                        if (feed.done()) {
                            feed.ended = System.nanoTime();
                        }
                    }
                }
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        long now = System.nanoTime();
        feeds.forEach((tenant, f) -> outcomes.put(tenant, new Outcome(f.lane.codes().size(),
                Duration.ofNanos((f.done() ? f.ended : now) - f.started), f.results, f.done())));
        return outcomes;
    }

    private void topUp(Feed feed, KafkaProducer<String, String> producer) throws Exception {
        while (feed.out.size() < window && !feed.waiting.isEmpty()) {
            LookupRequested batch = feed.waiting.poll();
            feed.out.add(batch.batchId());
            producer.send(new ProducerRecord<>(requestsTopic, batch.batchId().toString(),
                    json.writeValueAsString(batch)));
        }
        producer.flush();
    }

    private static void batches(Feed feed) {
        List<LookupItem> items = new ArrayList<>();
        for (LookupRun.Code code : feed.lane.codes()) {
            items.add(new LookupItem(UUID.randomUUID(), code.code(), code.gtin14(), null, null, null));
            if (items.size() == LookupRun.BATCH) {
                feed.waiting.add(batch(feed, items));
                items = new ArrayList<>();
            }
        }
        if (!items.isEmpty()) {
            feed.waiting.add(batch(feed, items));
        }
    }

    private static LookupRequested batch(Feed feed, List<LookupItem> items) {
        return new LookupRequested(UUID.randomUUID(), 1, feed.jobId, feed.lane.tenant(), Marketplace.FR, "sp-api", true,
                0.85, false, 1, ImageMode.REPLACE, List.copyOf(items), List.of(), false);
    }
}
