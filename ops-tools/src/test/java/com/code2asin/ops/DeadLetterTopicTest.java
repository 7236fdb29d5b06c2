package com.code2asin.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** Replays against the local broker: records go back once, as they were sent, with the reason they were set aside. */
class DeadLetterTopicTest {

    private static final String BOOTSTRAP = "127.0.0.1:9092";

    @Test
    void replaysEachDeadLetterOnceAsItWasSent() throws Exception {
        String topic = "ops-test." + UUID.randomUUID();
        create(topic, topic + ".dlq");
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(dead(topic, "job-1", "{\"a\":1}", "database unavailable", null)).get();
            producer.send(dead(topic, "job-2", null, "unreadable JSON", "{\"b\":2}")).get();
        }

        try (DeadLetterTopic dlq = new DeadLetterTopic(BOOTSTRAP, topic)) {
            List<DeadLetterTopic.DeadLetter> pending = dlq.pending();
            assertEquals(List.of("database unavailable", "unreadable JSON"),
                    pending.stream().map(DeadLetterTopic.DeadLetter::reason).sorted().toList());
            dlq.replay(pending);
        }

        Map<String, ConsumerRecord<byte[], byte[]>> back = read(topic, 2).stream()
                .collect(Collectors.toMap(r -> new String(r.key(), StandardCharsets.UTF_8), r -> r));
        assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), back.get("job-1").value());
        assertArrayEquals("{\"b\":2}".getBytes(StandardCharsets.UTF_8), back.get("job-2").value(),
                "an unreadable record goes back with the bytes it arrived with");
        ConsumerRecord<byte[], byte[]> one = back.get("job-1");
        assertArrayEquals("id-job-1".getBytes(StandardCharsets.UTF_8), one.headers().lastHeader("ce_id").value());
        assertNull(one.headers().lastHeader("dead-letter-reason"), "the dead-letter headers stay behind");
        assertNotNull(one.headers().lastHeader(DeadLetterTopic.REPLAYED_FROM));

        try (DeadLetterTopic dlq = new DeadLetterTopic(BOOTSTRAP, topic)) {
            assertEquals(0, dlq.pending().size(), "what was replayed is not replayed again");
        }
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            producer.send(dead(topic, "job-3", "{\"c\":3}", "S3 unavailable", null)).get();
        }
        try (DeadLetterTopic dlq = new DeadLetterTopic(BOOTSTRAP, topic)) {
            assertEquals(List.of("job-3"), dlq.pending().stream().map(DeadLetterTopic.DeadLetter::key).toList(),
                    "only what arrived since the last replay");
        }
    }

    private static ProducerRecord<byte[], byte[]> dead(String topic, String key, String value, String reason,
                                                       String unreadable) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", ("id-" + key).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", topic.getBytes(StandardCharsets.UTF_8));
        if (unreadable != null) {
            headers.add("deserialization-failure-value-data", unreadable.getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(topic + ".dlq", null, key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void create(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            admin.createTopics(java.util.Arrays.stream(topics).map(t -> new NewTopic(t, 2, (short) 1)).toList())
                    .all().get();
        }
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(String topic, int count) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < count && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            }
        }
        assertEquals(count, records.size(), "records back on " + topic);
        return records;
    }
}
