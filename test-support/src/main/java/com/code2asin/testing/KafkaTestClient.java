package com.code2asin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the run's broker: sends CloudEvents binary records, waits for records on a topic. */
public final class KafkaTestClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /**
     * Reads {@code topic} from its current end: what the test causes from now on, not the history that earlier runs
     * and benchmarks left on the shared broker (hundreds of thousands of records after a scale bench).
     */
    public KafkaTestClient(String topic) {
        String bootstrap = BackingServices.endpoints().kafkaBootstrap();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
        try {
            consumer = atTheEnd(topic);
        } catch (RuntimeException e) {
            producer.close();
            throw e;
        }
    }

    /**
     * A consumer of every partition of {@code topic}, positioned at its current end before anything is published: for
     * a test that polls the records itself.
     */
    public static KafkaConsumer<String, String> atTheEnd(String topic) {
        String bootstrap = BackingServices.endpoints().kafkaBootstrap();
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c);
        List<TopicPartition> partitions = List.of();
        Instant deadline = Instant.now().plusSeconds(30);
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) { // a topic being created has none yet
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + topic + " has no partitions on " + bootstrap);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before the test sends anything
        return consumer;
    }

    /** The next record {@code consumer} reads whose JSON payload names {@code jobId} as its job_id, within 30 s. */
    public static JsonNode awaitForJob(KafkaConsumer<String, String> consumer, String jobId) throws IOException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                JsonNode event = JSON.readTree(record.value());
                if (jobId.equals(event.path("job_id").asText())) {
                    return event;
                }
            }
        }
        throw new AssertionError("no record on " + consumer.assignment() + " for job " + jobId);
    }

    /** The next record {@code consumer} reads, within 30 s. */
    public static ConsumerRecord<String, String> next(KafkaConsumer<String, String> consumer) {
        List<ConsumerRecord<String, String>> records = next(consumer, 1);
        if (records.isEmpty()) {
            throw new AssertionError("no record on " + consumer.assignment() + " within 30 s");
        }
        return records.get(0);
    }

    /** The dead-letter reasons of the next {@code wanted} records {@code dlq} reads, as many as come within 30 s. */
    public static List<String> deadLetterReasons(KafkaConsumer<String, String> dlq, int wanted) {
        return next(dlq, wanted).stream().map(record -> header(record, "dead-letter-reason"))
                .map(reason -> reason == null ? "(no reason)" : reason).toList();
    }

    private static List<ConsumerRecord<String, String>> next(KafkaConsumer<String, String> consumer, int wanted) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Instant deadline = Instant.now().plusSeconds(30);
        while (records.size() < wanted && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }

    /** The dead-letter reason of the next record {@code dlq} reads, within 30 s. */
    public static String deadLetterReason(KafkaConsumer<String, String> dlq) {
        String reason = header(next(dlq), "dead-letter-reason");
        return reason == null ? "(no reason)" : reason;
    }

    /** A bare record (no headers), as a producer that knows nothing of CloudEvents sends it; once Kafka acked it. */
    public static RecordMetadata publish(String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BackingServices.endpoints().kafkaBootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Sends a JSON payload with the CloudEvents binary-mode headers a platform producer writes. */
    public void send(String topic, String key, String type, String subject, String tenant, String json) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", type,
                "ce_source", "/code2asin/test",
                "ce_subject", subject,
                "ce_time", OffsetDateTime.now().toString(),
                "ce_tenant", tenant,
                "content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
    }

    /** Waits for the next record matching {@code wanted} that was not returned before. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                seen.add(record);
            }
            for (ConsumerRecord<String, String> record : seen) {
                if (wanted.test(record)) {
                    seen.remove(record);
                    return record;
                }
            }
        }
        throw new AssertionError("no matching record within " + timeout);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
