package com.code2asin.model.event;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code image.requested}: images of a matched product to store (lookup-worker -> image-fetcher). {@code product_key}
 * is the seller's product the images are stored for ({@link com.code2asin.model.ProductKey}), not the upload's
 * product id; read as {@code product_id} too, the name events had before.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageRequested(
        UUID jobId,
        UUID itemId,
        String tenant,
        @JsonAlias("product_id") String productKey,
        String asin,
        List<String> urls,
        ImageMode mode,
        int maxImages) {
}
