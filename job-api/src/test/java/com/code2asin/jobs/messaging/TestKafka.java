package com.code2asin.jobs.messaging;

import com.code2asin.testing.BackingServices;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients on the run's broker for tests that play another service of the suite. */
final class TestKafka {

    static final String BOOTSTRAP = BackingServices.endpoints().kafkaBootstrap();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestKafka() {
    }

    /** A consumer of every partition of {@code topic}, positioned at its current end. */
    static KafkaConsumer<String, String> atTheEnd(String topic) {
        Properties p = new Properties();
        p.put("bootstrap.servers", BOOTSTRAP);
        p.put("group.id", "job-api-test-" + UUID.randomUUID());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = List.of();
        Instant deadline = Instant.now().plusSeconds(30);
        // a topic being auto-created answers with no partitions for a moment
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        }
        if (partitions.isEmpty()) {
            consumer.close();
            throw new AssertionError("topic " + topic + " has no partitions on " + BOOTSTRAP);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the start before anything is published
        return consumer;
    }

    /** The next record whose payload names {@code jobId}. */
    static JsonNode awaitForJob(KafkaConsumer<String, String> consumer, String jobId) throws Exception {
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

    static RecordMetadata publish(String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", BOOTSTRAP);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /**
     * Waits until consumer group {@code group} has committed past {@code record}: the service has processed it
     * (SmallRye commits an offset only once the message is acknowledged).
     */
    static void awaitConsumed(String group, RecordMetadata record) throws Exception {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Instant deadline = Instant.now().plusSeconds(30);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            while (Instant.now().isBefore(deadline)) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get().get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return;
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("group " + group + " did not consume " + partition + "@" + record.offset());
    }
}
