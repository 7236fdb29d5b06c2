package com.code2asin.jobs.rest.dto;

import java.util.List;

/** The {@code options} JSON of an upload; every field optional. */
public record JobOptions(
        Boolean downloadImages,
        Integer maxImagesPerProduct,
        String imageMode,
        List<String> marketplaces,
        String provider,
        Boolean autoMatch,
        Double confidenceThreshold) {

    public static final JobOptions NONE = new JobOptions(null, null, null, null, null, null, null);
}
