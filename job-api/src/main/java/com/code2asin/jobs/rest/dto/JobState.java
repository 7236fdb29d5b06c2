package com.code2asin.jobs.rest.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer to a life-cycle action. */
public record JobState(UUID id, @Schema(enumeration = {"pending", "processing", "paused", "completed", "failed",
        "cancelled"}) String status) {
}
