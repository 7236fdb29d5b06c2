package com.code2asin.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code2asin.model.Topics;
import com.code2asin.testing.BackingServices;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a dead-letter topic holds and ops did not replay, counted on the real broker as the gauge counts it. */
class DeadLetterCountsTest {

    private static final String BOOTSTRAP = BackingServices.endpoints().kafkaBootstrap();
    private static Admin admin;
    private static DeadLetterCounts counts;

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP));
        counts = new DeadLetterCounts(admin);
    }

    @AfterAll
    static void close() {
        admin.close();
    }

    @Test
    void recordsPastWhatWasReplayedOrDeletedArePending() throws Exception {
        String dlq = "test-" + UUID.randomUUID() + Topics.DLQ_SUFFIX;
        admin.createTopics(List.of(new NewTopic(dlq, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        try {
            TopicPartition first = new TopicPartition(dlq, 0);
            TopicPartition second = new TopicPartition(dlq, 1);
            send(first, 3);
            send(second, 2);
            assertEquals(5, pending(dlq));

            // ops replayed the first two of partition 0
            admin.alterConsumerGroupOffsets(Topics.DLQ_REPLAY_GROUP, Map.of(first, new OffsetAndMetadata(2)))
                    .all().get(30, TimeUnit.SECONDS);
            assertEquals(3, pending(dlq));

            // retention took partition 1's first record, never replayed: it is no longer there to replay
            admin.deleteRecords(Map.of(second, RecordsToDelete.beforeOffset(1))).all().get(30, TimeUnit.SECONDS);
            assertEquals(2, pending(dlq));
        } finally {
            admin.deleteConsumerGroupOffsets(Topics.DLQ_REPLAY_GROUP, Set.of(new TopicPartition(dlq, 0)));
            admin.deleteTopics(List.of(dlq));
        }
    }

    @Test
    void aTopicTheBrokerDoesNotHaveIsNoCount() {
        String missing = "test-missing-" + UUID.randomUUID() + Topics.DLQ_SUFFIX;
        CompletionException failure = assertThrows(CompletionException.class,
                () -> counts.pending(missing, Map.of()).toCompletableFuture().join());
        assertInstanceOf(UnknownTopicOrPartitionException.class, failure.getCause());
    }

    private static long pending(String dlq) {
        return counts.replayed().thenCompose(replayed -> counts.pending(dlq, replayed)).toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static void send(TopicPartition partition, int records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(partition.topic(), partition.partition(), "k" + i, "poison " + i))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }
}
