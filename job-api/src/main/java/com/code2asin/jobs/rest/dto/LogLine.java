package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.jobs.domain.JobLog;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a job's log, under the compatibility names ({@code timestamp}); a line about one item names it
 * ({@code item_id}) and the product id the file gave it, if any ({@code product_id}).
 */
public record LogLine(Instant timestamp, @Schema(enumeration = {"info", "warning", "error"}) String level, String message,
                      @Schema(nullable = true) UUID itemId, @Schema(nullable = true) String productId) {

    public static LogLine of(JobLog log) {
        return new LogLine(log.createdAt, log.level.value(), log.message, log.itemId, log.productId);
    }
}
