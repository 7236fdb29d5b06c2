package com.code2asin.jobs.rest.dto;

import java.util.UUID;

/** Answer to a life-cycle action. */
public record JobState(UUID id, String status) {
}
