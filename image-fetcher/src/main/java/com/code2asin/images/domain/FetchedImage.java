package com.code2asin.images.domain;

import com.code2asin.model.event.StoredImage;

/** An image that passed every check and is in object storage. */
public record FetchedImage(String key, String sha256, int width, int height, long bytes, String contentType) {

    public StoredImage toStoredImage() {
        return new StoredImage(key, sha256, width, height, bytes);
    }
}
