package com.code2asin.jobs.domain;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One code of a job: as given, as validated, and what the lookup found. Candidates, image URLs and image keys are
 * kept as JSON text: they are read whole, never queried.
 */
@Entity
@Table(name = "job_item")
public class JobItem {

    @Id
    public UUID id;
    public UUID jobId;
    public int rowNumber;
    /** The item's place in its job, 0, 1, 2... in file order: pages of results are ranges of it. */
    public int seq;
    public String code;
    public String gtin14;
    public String codeType;
    public String productId;
    public String productName;
    public String brand;
    /** Columns of the uploaded file kept as written: the seller's SKU, price, quantity and item condition. */
    public String sku;
    public String supplierPrice;
    public String quantity;
    @Column(name = "item_condition")
    public String condition;
    @Enumerated(EnumType.STRING)
    public ItemStatus status;
    @Enumerated(EnumType.STRING)
    public MatchType matchType;
    public String asin;
    public Double confidence;
    public String title;
    public String amazonBrand;
    public BigDecimal price;
    public String currency;
    /** The chosen candidate's offer summary (JSON of OfferSummary), when the job asked for prices. */
    public String offer;
    /** Amazon's price against the seller's own ({@code supplierPrice}), in percent of the seller's. */
    public BigDecimal priceDifferencePercent;
    public Integer salesRank;
    public String imageUrls;
    public String candidates;
    @Enumerated(EnumType.STRING)
    public ErrorCategory errorCategory;
    public String error;
    public boolean fromCache;
    /** The marketplace whose catalog answered (a job may name several, asked in turn). */
    @Convert(converter = MarketplaceColumn.class)
    public Marketplace marketplace;
    public UUID batchId;
    /** Lookups that failed for a transient reason; each one schedules the next try at {@code retryAt}. */
    public int lookupAttempts;
    public Instant retryAt;
    /** Who accepted or rejected the match by hand, and when. */
    public String reviewedBy;
    public Instant reviewedAt;
    @Enumerated(EnumType.STRING)
    public ImagesStatus imagesStatus;
    public int imagesStored;
    public String storedImages;
    public Instant updatedAt;
}
