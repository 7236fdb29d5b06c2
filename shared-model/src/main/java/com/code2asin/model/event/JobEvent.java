package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code job.<fact>} on {@code code2asin.jobs.v1}, the public contract for other platform services.
 * {@code snapshotKey} (S3 object of the results, JSON lines of {@link ResultRow}) is set on {@code job.completed}.
 * {@code marketplaces} are the job's, in the order asked; {@code marketplaceMode} says how (absent in events of
 * versions before it: {@code fallback}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobEvent(
        UUID jobId,
        String tenant,
        String name,
        String status,
        JobFigures figures,
        String snapshotKey,
        Instant at,
        List<Marketplace> marketplaces,
        MarketplaceMode marketplaceMode) {

    public JobEvent(UUID jobId, String tenant, String name, String status, JobFigures figures, String snapshotKey,
                    Instant at) {
        this(jobId, tenant, name, status, figures, snapshotKey, at, null, null);
    }
}
