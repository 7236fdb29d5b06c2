package com.code2asin.images.domain;

import java.util.List;

/** What fetching a request's URLs gave: distinct images stored, URLs skipped and URLs that failed. */
public record FetchResult(List<FetchedImage> images, int skipped, int failed) {

    /** Nothing fetched on purpose ({@link com.code2asin.model.event.ImageMode#SKIP} on a product that already has images, or no room left). */
    public static FetchResult skippedAll(int urls) {
        return new FetchResult(List.of(), urls, 0);
    }

    /** The same, with URLs left out because the product has no room for them. */
    public FetchResult skippedMore(int urls) {
        return new FetchResult(images, skipped + urls, failed);
    }
}
