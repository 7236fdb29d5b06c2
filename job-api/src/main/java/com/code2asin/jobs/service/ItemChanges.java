package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.ItemChangeEntry;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.model.event.ChangeKind;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.MatchType;
import java.time.Instant;
import java.util.Locale;

/** The change-log entries of what happens to an item: a lookup's answer applied, a person's decision. */
final class ItemChanges {

    /**
     * The most of a raw answer kept (gzipped JSON, base64): lookup-worker sends at most 4 KB compressed; an event
     * carrying more is not from it, and its raw answer is not kept.
     */
    static final int MAX_RAW = 16 * 1024;

    private ItemChanges() {
    }

    /** A lookup's answer as applied to the item (its fields already changed). */
    static ItemChangeEntry lookup(Job job, JobItem item, String previousAsin, ItemResult answer) {
        String raw = answer.rawAnswer() != null && answer.rawAnswer().length() <= MAX_RAW ? answer.rawAnswer() : null;
        return new ItemChangeEntry(item.jobId, item.id, ChangeKind.LOOKUP, item.status, previousAsin, item.asin,
                cut(reason(item, answer)), answer.ms(), job.provider, answer.marketplace(), null, raw, item.updatedAt);
    }

    /** A person's decision in review. */
    static ItemChangeEntry review(JobItem item, String previousAsin, String user, String reason, Instant at) {
        return new ItemChangeEntry(item.jobId, item.id, ChangeKind.REVIEW, item.status, previousAsin, item.asin,
                cut(reason), null, null, null, user, null, at);
    }

    private static String reason(JobItem item, ItemResult answer) {
        String candidates = answer.candidates() == null ? "no" : Integer.toString(answer.candidates().size());
        return switch (item.status) {
            case MATCHED -> item.matchType == MatchType.MANUAL && answer.matchType() != MatchType.MANUAL
                    ? "matched " + item.asin + " by a remembered review decision"
                    : "matched " + item.asin + " (" + name(item.matchType) + ", confidence " + item.confidence
                            + ", " + candidates + " candidate(s))";
            case AMBIGUOUS -> candidates + " candidate(s), none sure enough to choose: review it";
            case UNMATCHED -> answer.candidates() == null || answer.candidates().isEmpty()
                    ? "no product found for the code" : "every candidate was rejected in review before";
            case PENDING -> "failed (" + name(item.errorCategory) + "): " + item.error + "; looked up again at "
                    + item.retryAt;
            case FAILED -> "failed for good (" + name(item.errorCategory) + "): " + item.error;
            default -> name(item.status);
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String cut(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    }
}
