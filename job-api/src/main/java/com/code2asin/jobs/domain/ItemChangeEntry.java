package com.code2asin.jobs.domain;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ChangeKind;
import com.code2asin.model.event.ItemStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an item's change log as stored: a lookup's answer or a review decision, the ASIN before and after,
 * why, and the provider's raw answer for the code (gzipped JSON, base64) while it is kept.
 */
public record ItemChangeEntry(UUID jobId, UUID itemId, ChangeKind kind, ItemStatus status, String previousAsin,
                              String newAsin, String reason, Long durationMs, String provider, Marketplace marketplace,
                              String actor, String rawAnswer, Instant at) {
}
