package com.code2asin.jobs.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The {@code options} JSON of an upload; every field optional. Read from a multipart field by the service's own
 * ObjectMapper, not as a REST body, so registered for reflection in a native build.
 */
@RegisterForReflection
public record JobOptions(
        Boolean downloadImages,
        Integer maxImagesPerProduct,
        String imageMode,
        List<String> marketplaces,
        String provider,
        Boolean autoMatch,
        Double confidenceThreshold,
        Boolean withPrices,
        /** fallback (default): the marketplaces in turn, one result a code; each: one per code and marketplace. */
        String marketplaceMode) {

    public static final JobOptions NONE = new JobOptions(null, null, null, null, null, null, null, null, null);
}
