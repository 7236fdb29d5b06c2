package com.code2asin.model;

import java.util.List;

/** Kafka topic names (docs/design.md, "Events"); a poison message of topic T goes to {@code T + DLQ_SUFFIX}. */
public final class Topics {
    public static final String JOBS = "code2asin.jobs.v1";
    public static final String LOOKUP_REQUESTED = "code2asin.lookup-requested.v1";
    public static final String BATCH_DONE = "code2asin.batch-done.v1";
    public static final String IMAGE_REQUESTED = "code2asin.image-requested.v1";
    public static final String IMAGES_STORED = "code2asin.images-stored.v1";
    public static final String EXPORT_REQUESTED = "code2asin.export-requested.v1";
    public static final String EXPORT_DONE = "code2asin.export-done.v1";
    public static final String JOB_COMMANDS = "code2asin.job-commands.v1";
    /** A person's ASIN decisions on items (asin.associated / asin.changed / asin.rejected), for other services. */
    public static final String ASIN_DECISIONS = "code2asin.asin-decisions.v1";
    /** price.alert: Amazon's price of an item differs from the seller's own by more than the threshold. */
    public static final String PRICE_ALERTS = "code2asin.price-alerts.v1";
    public static final String DLQ_SUFFIX = ".dlq";
    /** Every topic above (their dead-letter topics aside). */
    public static final List<String> ALL = List.of(JOBS, LOOKUP_REQUESTED, BATCH_DONE, IMAGE_REQUESTED, IMAGES_STORED,
            EXPORT_REQUESTED, EXPORT_DONE, JOB_COMMANDS, ASIN_DECISIONS, PRICE_ALERTS);
    /**
     * The consumer group whose committed offsets on a dead-letter topic mark what ops replayed ({@code ./code2asin dlq
     * replay}); the records past them are the ones still waiting.
     */
    public static final String DLQ_REPLAY_GROUP = "code2asin-dlq-replay";

    private Topics() {
    }

    /**
     * The topic's short name, {@code batch-done} for {@link #BATCH_DONE}: the services' configuration names a topic
     * {@code ${code2asin.topic.batch-done}} (service-support's TopicsConfigSource), so that it is written here only.
     */
    public static String shortName(String topic) {
        return topic.substring(topic.indexOf('.') + 1, topic.lastIndexOf('.'));
    }
}
