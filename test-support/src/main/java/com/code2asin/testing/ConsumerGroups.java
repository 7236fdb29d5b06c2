package com.code2asin.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer group of a test run's own, starting at the current end of its topics. The local broker is shared:
 * records left by other modules' runs (or by earlier runs) are not replayed ahead of the records this run sends, and
 * a locally running service does not take this run's records.
 */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /**
     * Creates group {@code prefix-<uuid>} with committed offsets at the end of the channels' topics, and returns the
     * {@code mp.messaging.incoming.<channel>.group.id} settings that point the channels at it.
     */
    public static Map<String, String> freshAtTheEnd(String prefix, Map<String, String> topicByChannel) {
        String group = prefix + "-" + UUID.randomUUID();
        atTheEnd(BackingServices.endpoints().kafkaBootstrap(), group, topicByChannel.values());
        Map<String, String> config = new HashMap<>();
        topicByChannel.keySet().forEach(channel -> config.put("mp.messaging.incoming." + channel + ".group.id", group));
        return config;
    }

    /**
     * Commits {@code group}'s offsets at the current end of {@code topics}. Unlike {@code auto.offset.reset=latest},
     * a partition that changes hands later (a replica killed before its first commit) resumes where the group was,
     * not at the end of what arrived meanwhile.
     */
    public static void atTheEnd(String bootstrap, String group, java.util.Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : topics) {
                if (existing.contains(topic)) {
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                }
            }
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
            if (!ends.isEmpty()) {
                admin.alterConsumerGroupOffsets(group, ends).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare consumer group " + group + " on " + bootstrap, e);
        }
    }

    /**
     * Waits until consumer group {@code group} has committed past {@code record}: the service has processed it
     * (SmallRye commits an offset only once the message is acknowledged).
     */
    public static void awaitConsumed(String group, RecordMetadata record) throws InterruptedException,
            java.util.concurrent.ExecutionException {
        awaitConsumed(group, record, java.time.Duration.ofSeconds(30));
    }

    /** {@link #awaitConsumed(String, RecordMetadata)}, waiting up to {@code patience}. */
    public static void awaitConsumed(String group, RecordMetadata record, java.time.Duration patience)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        java.time.Instant deadline = java.time.Instant.now().plus(patience);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                BackingServices.endpoints().kafkaBootstrap()))) {
            while (java.time.Instant.now().isBefore(deadline)) {
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
