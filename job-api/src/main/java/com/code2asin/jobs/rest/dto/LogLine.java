package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.jobs.domain.JobLog;
import java.time.Instant;

/** One line of a job's log, with seed 002's names ({@code timestamp}; {@code product_id} when about one item). */
public record LogLine(Instant timestamp, @Schema(enumeration = {"info", "warning", "error"}) String level, String message, @Schema(nullable = true) String productId) {

    public static LogLine of(JobLog log) {
        return new LogLine(log.createdAt, log.level.value(), log.message, log.productId);
    }
}
