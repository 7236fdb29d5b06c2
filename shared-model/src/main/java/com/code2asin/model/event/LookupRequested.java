package com.code2asin.model.event;

import com.code2asin.model.Marketplace;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code lookup.requested}: a batch of valid codes for one marketplace (job-api -> lookup-worker). An item that
 * marketplace has no candidate for is asked of the {@code fallback_marketplaces} in turn, until one has; absent or
 * empty in events of producers that know of one marketplace only. {@code with_prices} asks for each candidate's
 * offers (SP-API's Product Pricing API, a quota of its own); absent, as from older producers, means no.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookupRequested(
        UUID batchId,
        int attempt,
        UUID jobId,
        String tenant,
        Marketplace marketplace,
        String provider,
        boolean autoMatch,
        double confidenceThreshold,
        boolean downloadImages,
        int maxImages,
        ImageMode imageMode,
        List<LookupItem> items,
        List<Marketplace> fallbackMarketplaces,
        Boolean withPrices) {

    public boolean pricesWanted() {
        return Boolean.TRUE.equals(withPrices);
    }

    /** The fallback marketplaces in order; none when absent (a null entry of a hand-made event is skipped). */
    public List<Marketplace> fallbacks() {
        return fallbackMarketplaces == null ? List.of()
                : fallbackMarketplaces.stream().filter(Objects::nonNull).toList();
    }
}
