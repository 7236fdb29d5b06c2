package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job's refresh schedule: {@code every} as ISO-8601 (P7D), the next refresh; both null when it has none. */
public record RefreshSchedule(UUID jobId, @Schema(nullable = true, example = "P7D") String every,
                              @Schema(nullable = true) Instant nextRefreshAt) {

    /** What PUT takes: {@code every} as ISO-8601 (P7D, PT12H) or 7d / 12h; absent, weekly. */
    public record Request(@Schema(example = "P7D") String every) {
    }

    public static RefreshSchedule of(Job job) {
        return new RefreshSchedule(job.id, every(job.refreshEverySeconds), job.nextRefreshAt);
    }

    /** ISO-8601, in days when it is whole days (P7D rather than PT168H). */
    public static String every(Long seconds) {
        if (seconds == null) {
            return null;
        }
        return seconds % 86_400 == 0 ? "P" + seconds / 86_400 + "D" : Duration.ofSeconds(seconds).toString();
    }
}
