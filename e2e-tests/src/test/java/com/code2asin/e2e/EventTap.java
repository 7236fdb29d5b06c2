package com.code2asin.e2e;

import com.code2asin.testing.BackingServices;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain Kafka consumer that remembers where the topics ended when it was opened and later reads everything
 * published since, as another platform service would see it.
 */
public final class EventTap implements AutoCloseable {

    /** One record: topic, key, value and its headers as strings. */
    public record Event(String topic, String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final KafkaConsumer<String, String> consumer;

    public EventTap(List<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BackingServices.endpoints().kafkaBootstrap());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<TopicPartition> ofTopic = List.of();
            Instant deadline = Instant.now().plusSeconds(30);
            // a topic being auto-created answers with no partitions for a moment
            while (ofTopic.isEmpty() && Instant.now().isBefore(deadline)) {
                ofTopic = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (ofTopic.isEmpty()) {
                consumer.close();
                throw new IllegalStateException("topic " + topic + " has no partitions on the local Kafka");
            }
            partitions.addAll(ofTopic);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before anything is published
    }

    /** Everything published since the tap opened, read until Kafka has nothing more for a moment. */
    public List<Event> drain() {
        List<Event> events = new ArrayList<>();
        int idle = 0;
        while (idle < 3) {
            var records = consumer.poll(Duration.ofMillis(500));
            idle = records.isEmpty() ? idle + 1 : 0;
            records.forEach(r -> events.add(toEvent(r)));
        }
        return events;
    }

    private static Event toEvent(ConsumerRecord<String, String> r) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        // every event a test reads is one a platform service could read: it must keep the published contract
        EventContract.check(r.topic(), headers.get("ce_type"), r.value());
        return new Event(r.topic(), r.key(), r.value(), headers);
    }

    public static Map<String, List<Event>> byType(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(e -> String.valueOf(e.header("ce_type"))));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
