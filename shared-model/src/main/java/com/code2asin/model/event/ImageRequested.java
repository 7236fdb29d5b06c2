package com.code2asin.model.event;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code image.requested}: images of a matched product to store (lookup-worker -> image-fetcher). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageRequested(
        UUID jobId,
        UUID itemId,
        String tenant,
        String productId,
        String asin,
        List<String> urls,
        ImageMode mode,
        int maxImages) {
}
