package com.code2asin.model.event;

import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code images.stored}: what image-fetcher did for one item (image-fetcher -> job-api), for the product
 * {@code product_key} (as {@link ImageRequested} names it; read as {@code product_id} too).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImagesStored(
        UUID jobId,
        UUID itemId,
        String tenant,
        @JsonAlias("product_id") String productKey,
        List<StoredImage> stored,
        int skipped,
        int failed) {
}
