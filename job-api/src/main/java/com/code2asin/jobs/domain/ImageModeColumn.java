package com.code2asin.jobs.domain;

import com.code2asin.model.event.ImageMode;
import jakarta.persistence.Converter;

/** A job's image mode, stored by its lowercase name (shared-model's enum knows nothing of JPA). */
@Converter(autoApply = true)
public class ImageModeColumn extends LowercaseColumn<ImageMode> {
    public ImageModeColumn() {
        super(ImageMode.class);
    }
}
