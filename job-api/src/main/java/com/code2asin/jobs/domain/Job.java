package com.code2asin.jobs.domain;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ImageMode;
import com.code2asin.model.event.MarketplaceMode;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A bulk lookup job of one tenant: its options, its state and its timeline. */
@Entity
@Table(name = "job")
public class Job {

    @Id
    public UUID id;
    public String tenant;
    public String name;
    public String supplierCode;
    public String fileName;
    @Enumerated(EnumType.STRING)
    public JobStatus status;
    public boolean useAmazonApi;
    @Enumerated(EnumType.STRING)
    public Marketplace marketplace;
    /**
     * The marketplaces after {@code marketplace}, in order: asked in turn for the codes that have no candidate yet
     * (FALLBACK), or asked for every code as well (EACH).
     */
    @Convert(converter = MarketplacesColumn.class)
    public List<Marketplace> fallbackMarketplaces = List.of();
    /** FALLBACK: one item a code, the marketplaces asked in turn; EACH: one item per code and marketplace. */
    @Enumerated(EnumType.STRING)
    public MarketplaceMode marketplaceMode;
    public String provider;
    public boolean autoMatch;
    public double confidenceThreshold;
    public boolean downloadImages;
    public int maxImages;
    public ImageMode imageMode;
    /** Whether the lookup asks for each candidate's offers (SP-API Product Pricing, a quota of its own). */
    public boolean withPrices;
    /** A refresh schedule: the codes are looked up again this often (null: none), next at {@code nextRefreshAt}. */
    public Long refreshEverySeconds;
    public Instant nextRefreshAt;
    /** A refresh is under way: its answers bring today's prices, not new images. */
    public boolean refreshing;
    public int total;
    public int invalidCount;
    public int retryCount;
    public int maxRetries;
    public String snapshotKey;
    /** When the write of the current snapshot began, and when a review last changed an item's result. */
    public Instant snapshotAt;
    public Instant resultsChangedAt;
    /** Tries of the completion step so far, the time the next may start, and why the last one failed. */
    public int completionAttempts;
    /** The W3C traceparent of the upload that created the job: the trace its scheduled work joins. */
    public String traceParent;
    public Instant completionNextAt;
    public String completionError;
    public String createdBy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant completedAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** A review changed a result after the current snapshot's write began: exports need a new one. */
    public boolean snapshotStale() {
        return snapshotKey != null && resultsChangedAt != null
                && (snapshotAt == null || snapshotAt.isBefore(resultsChangedAt));
    }

    /** Since when the results are as they are now: completion, or the last review after it (null: neither). */
    public Instant resultsAsOf() {
        if (completedAt == null) {
            return resultsChangedAt;
        }
        return resultsChangedAt != null && resultsChangedAt.isAfter(completedAt) ? resultsChangedAt : completedAt;
    }

    /** The marketplaces asked after the first for the codes it has no candidate for; none in EACH mode. */
    public List<Marketplace> fallbacks() {
        return marketplaceMode == MarketplaceMode.EACH || fallbackMarketplaces == null ? List.of()
                : fallbackMarketplaces;
    }

    public boolean eachMarketplace() {
        return marketplaceMode == MarketplaceMode.EACH;
    }

    /** Every marketplace the job names, in order. */
    public List<Marketplace> marketplaces() {
        List<Marketplace> all = new ArrayList<>(List.of(marketplace));
        if (fallbackMarketplaces != null) {
            all.addAll(fallbackMarketplaces);
        }
        return all;
    }

    /** {@link #marketplaces()} by name, as the API gives them. */
    public List<String> marketplaceNames() {
        return marketplaces().stream().map(Enum::name).toList();
    }
}
