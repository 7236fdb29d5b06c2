package com.code2asin.model.event;

import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code export.done}: where the file is, or why there is none (export-service -> job-api). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportDone(
        UUID exportId,
        UUID jobId,
        String tenant,
        ExportFormat format,
        String objectKey,
        long rows,
        long bytes,
        String error) {
}
