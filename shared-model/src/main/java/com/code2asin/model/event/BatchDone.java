package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code batch.done}: results of one {@code lookup.requested} attempt (lookup-worker -> job-api). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchDone(
        UUID batchId,
        int attempt,
        UUID jobId,
        String tenant,
        Marketplace marketplace,
        String provider,
        List<ItemResult> items) {
}
