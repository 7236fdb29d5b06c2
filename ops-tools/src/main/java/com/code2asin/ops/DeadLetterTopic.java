package com.code2asin.ops;

import com.code2asin.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The dead-letter topic of one topic, as ops see it: the records not replayed yet and why each one was set aside,
 * and their replay to the topic they came from once the cause is fixed. What was replayed is remembered as the
 * committed offsets of the consumer group {@value #GROUP}, so a second replay sends only what arrived since; a replay
 * cut short between sending and remembering sends some records twice, which the consumers' dedupe absorbs.
 */
public final class DeadLetterTopic implements AutoCloseable {

    static final String GROUP = Topics.DLQ_REPLAY_GROUP;
    /** Names the dead-letter record a replayed record came from: {@code <dlq topic>/<partition>/<offset>}. */
    static final String REPLAYED_FROM = "code2asin-replayed-from";
    private static final String REASON = "dead-letter-reason";
    private static final String ORIGINAL_VALUE = "deserialization-failure-value-data";

    /** A record set aside: where it is, where it goes back to, and why it was set aside. */
    public record DeadLetter(TopicPartition at, long offset, String key, String reason, ProducerRecord<byte[], byte[]> replay) {
    }

    private final String topic;
    private final String dlq;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;

    public DeadLetterTopic(String bootstrap, String topic) {
        this.topic = topic;
        this.dlq = topic + Topics.DLQ_SUFFIX;
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public String name() {
        return dlq;
    }

    /** The records set aside since the last replay, up to the end the topic had when this was called. */
    public List<DeadLetter> pending() {
        List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("no topic " + dlq + " on the broker: is " + topic + " a Code2ASIN topic?");
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), Duration.ofSeconds(30));
        Map<TopicPartition, Long> remaining = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            if (done == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, done.offset());
            }
            if (consumer.position(partition, Duration.ofSeconds(30)) < end.get(partition)) {
                remaining.put(partition, end.get(partition));
            }
        }
        List<DeadLetter> letters = new ArrayList<>();
        while (!remaining.isEmpty()) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(2))) {
                TopicPartition at = new TopicPartition(r.topic(), r.partition());
                Long stop = remaining.get(at);
                if (stop != null && r.offset() < stop) {
                    letters.add(letter(r, at));
                }
            }
            remaining.keySet().removeIf(partition -> consumer.position(partition) >= remaining.get(partition));
        }
        return letters;
    }

    /** Sends the records back to their topic, waits for the broker to hold them, then remembers them as replayed. */
    public void replay(List<DeadLetter> letters) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (DeadLetter letter : letters) {
            producer.send(letter.replay());
            done.merge(letter.at(), new OffsetAndMetadata(letter.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        producer.flush(); // a failed send throws here on the next call, or at close; nothing is committed before
        consumer.commitSync(done);
    }

    private DeadLetter letter(ConsumerRecord<byte[], byte[]> r, TopicPartition at) {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = r.value();
        for (Header h : r.headers()) {
            if (value == null && h.key().equals(ORIGINAL_VALUE)) {
                value = h.value(); // a record that could not be read: its bytes, as they arrived
            } else if (!h.key().startsWith("dead-letter-") && !h.key().startsWith("deserialization-failure-")) {
                headers.add(h);
            }
        }
        headers.add(REPLAYED_FROM, (dlq + "/" + r.partition() + "/" + r.offset()).getBytes(StandardCharsets.UTF_8));
        Header reason = r.headers().lastHeader(REASON);
        return new DeadLetter(at, r.offset(), r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                reason == null ? "(no reason recorded)" : new String(reason.value(), StandardCharsets.UTF_8),
                new ProducerRecord<>(topic, null, r.key(), value, headers));
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }
}
