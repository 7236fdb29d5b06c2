package com.code2asin.lookup.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A provider's answer for one code, kept for the item's change log: written as the JSON object the provider sent
 * (the fields lookup-worker reads of it), then gzipped and base64-encoded for batch.done, at most {@link #MAX_PACKED}
 * bytes; a larger one is replaced by a note saying how large it was, so a batch of 100 codes stays far below Kafka's
 * 1 MB record.
 */
public final class RawAnswers {

    public static final int MAX_PACKED = 4096;
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private RawAnswers() {
    }

    /** The answer as a JSON object; a list is wrapped as {@code {"items": [...]}}. */
    public static String json(Object answer) {
        try {
            return JSON.writeValueAsString(answer instanceof java.util.List<?> list ? Map.of("items", list) : answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a provider's answer cannot be written as JSON", e);
        }
    }

    /** Gzipped and base64-encoded, or the note that replaces it when that is over {@link #MAX_PACKED}. */
    public static String pack(String json) {
        if (json == null) {
            return null;
        }
        String packed = gzip(json);
        return packed.length() <= MAX_PACKED ? packed : gzip("{\"omitted\":\"the provider's answer for this code was "
                + json.length() + " bytes of JSON, over the " + MAX_PACKED + " bytes kept compressed\"}");
    }

    private static String gzip(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
