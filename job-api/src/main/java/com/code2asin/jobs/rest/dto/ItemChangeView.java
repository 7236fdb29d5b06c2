package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.ItemChangeEntry;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of an item's change log: a lookup (with the provider's answer for the code while it is kept) or a review
 * decision, lowercase {@code kind} and {@code status}.
 */
public record ItemChangeView(
        Instant at,
        @Schema(enumeration = {"lookup", "review"}) String kind,
        String status,
        @Schema(nullable = true) String previousAsin,
        @Schema(nullable = true) String newAsin,
        String reason,
        @Schema(nullable = true) Long durationMs,
        @Schema(nullable = true) String provider,
        @Schema(nullable = true) String marketplace,
        @Schema(nullable = true) String actor,
        @Schema(nullable = true, description = "What the provider answered for the code (SP-API: the items it "
                + "returned; Creators API: its response), as JSON; null for a review, an answer from the cache, or "
                + "once job-api.raw-answer-retention has passed") Map<String, Object> rawAnswer) {

    /** A raw answer never inflates past this: a forged event cannot make a page of history a zip bomb. */
    private static final int MAX_INFLATED = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    public static ItemChangeView of(ItemChangeEntry e) {
        return new ItemChangeView(e.at(), e.kind().value(), e.status().value(), e.previousAsin(), e.newAsin(), e.reason(),
                e.durationMs(), e.provider(), e.marketplace() == null ? null : e.marketplace().name(), e.actor(),
                raw(e.rawAnswer()));
    }

    /** The gzipped, base64 JSON object as sent by lookup-worker; null when it is none. */
    static Map<String, Object> raw(String stored) {
        if (stored == null) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            byte[] json = in.readNBytes(MAX_INFLATED + 1);
            JsonNode node = json.length > MAX_INFLATED ? null : JSON.readTree(json);
            return node != null && node.isObject() ? JSON.convertValue(node, OBJECT) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
