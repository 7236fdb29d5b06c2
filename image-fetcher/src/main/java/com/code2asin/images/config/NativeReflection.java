package com.code2asin.images.config;

import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.StoredImage;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Shared-model records this service reads and writes as JSON, kept for reflection in a native build. */
@RegisterForReflection(targets = {ImageRequested.class, ImagesStored.class, StoredImage.class})
public final class NativeReflection {
    private NativeReflection() {
    }
}
