package com.code2asin.support;

import com.code2asin.model.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of a dead-letter topic that ops have not replayed yet: on each partition, those past the replay
 * group's committed offset, or past the start of what the topic still holds when nothing was replayed (or retention
 * deleted what was). The same records {@code ./code2asin dlq list} prints. Asked of the broker without blocking.
 */
final class DeadLetterCounts {

    private final Admin admin;

    DeadLetterCounts(Admin admin) {
        this.admin = admin;
    }

    /** What ops replayed so far, on every dead-letter topic (empty before the first replay). */
    CompletionStage<Map<TopicPartition, OffsetAndMetadata>> replayed() {
        return admin.listConsumerGroupOffsets(Topics.DLQ_REPLAY_GROUP).partitionsToOffsetAndMetadata()
                .toCompletionStage();
    }

    /** The topic's records not replayed yet; fails when the topic does not exist or the broker cannot be reached. */
    CompletionStage<Long> pending(String topic, Map<TopicPartition, OffsetAndMetadata> replayed) {
        return admin.describeTopics(List.of(topic)).topicNameValues().get(topic).toCompletionStage()
                .thenCompose(description -> {
                    List<TopicPartition> partitions = description.partitions().stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList();
                    CompletableFuture<Map<TopicPartition, ListOffsetsResultInfo>> start =
                            offsets(partitions, OffsetSpec.earliest());
                    return start.thenCombine(offsets(partitions, OffsetSpec.latest()), (first, end) ->
                            partitions.stream().mapToLong(p -> {
                                OffsetAndMetadata done = replayed.get(p);
                                long from = Math.max(first.get(p).offset(), done == null ? 0 : done.offset());
                                return Math.max(0, end.get(p).offset() - from);
                            }).sum());
                });
    }

    private CompletableFuture<Map<TopicPartition, ListOffsetsResultInfo>> offsets(List<TopicPartition> partitions,
                                                                                  OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> specs = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec));
        return admin.listOffsets(specs).all().toCompletionStage().toCompletableFuture();
    }
}
