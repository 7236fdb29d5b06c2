package com.code2asin.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every event of one job on the suite's topics, counted by CloudEvents id from the moment it is created: an id seen
 * twice is an event published twice. Reads on a thread of its own, through broker outages (the client reconnects).
 */
final class EventCount implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String subject;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byType = new HashMap<>();
    private final List<ConsumerRecord<String, String>> batchDone = new java.util.ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    EventCount(String bootstrap, List<String> topics, String subject) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "bench-event-count-" + UUID.randomUUID());
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = topics.stream().flatMap(t -> consumer.partitionsFor(t).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.subject = subject;
        this.thread = Thread.ofPlatform().daemon().name("event-count").start(this::run);
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (subject.equals(header(record, "ce_subject"))) {
                    synchronized (this) {
                        byId.merge(String.valueOf(header(record, "ce_id")), 1, Integer::sum);
                        byType.merge(String.valueOf(header(record, "ce_type")), 1, Integer::sum);
                        if ("batch.done".equals(header(record, "ce_type")) && batchDone.size() < 20) {
                            batchDone.add(record);
                        }
                    }
                }
            }
        }
        consumer.close();
    }

    /** Events seen more than once (by ce_id), counting each extra copy. */
    synchronized long duplicates() {
        return byId.values().stream().mapToLong(n -> n - 1).sum();
    }

    /** The first batch.done records of the job (up to 20), as published: what a replayer of late answers holds. */
    synchronized List<ConsumerRecord<String, String>> batchDone() {
        return List.copyOf(batchDone);
    }

    synchronized Map<String, Integer> byType() {
        return Map.copyOf(byType);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
