package com.code2asin.model.event;

import com.code2asin.model.WireNames;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** What to do with a product's images already stored when new ones are requested. */
public enum ImageMode {
    /** Store the new images, then drop the product's images that are not among them. */
    @JsonProperty("replace") REPLACE,
    /** Store the new images next to the old ones. */
    @JsonProperty("append") APPEND,
    /** Do nothing when the product already has images. */
    @JsonProperty("skip") SKIP;

    /** The lowercase name jobs' options and events use. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode of that name; an unknown one fails, saying which ones there are. */
    public static ImageMode named(String value) {
        return WireNames.find(ImageMode.class, value).orElseThrow(() ->
                new IllegalArgumentException("image_mode '" + value + "' is unknown; use replace, append or skip"));
    }
}
