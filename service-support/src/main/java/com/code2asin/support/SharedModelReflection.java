package com.code2asin.support;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.AsinDecision;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ChangeKind;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportFormat;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.model.event.Fulfillment;
import com.code2asin.model.event.ImageMode;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.ItemChange;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.JobCommand;
import com.code2asin.model.event.JobEvent;
import com.code2asin.model.event.JobFigures;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.MarketplaceMode;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.PriceAlert;
import com.code2asin.model.event.ResultRow;
import com.code2asin.model.event.StoredImage;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every record and enum of shared-model's events, and the other shared-model types they carry (a marketplace), which
 * the services read and write with Jackson, registered once for the native images of all of them (shared-model itself
 * holds no Quarkus). {@code SharedModelReflectionTest} fails when such a type is added to shared-model and not here.
 */
@RegisterForReflection(targets = {AsinDecision.class, BatchDone.class, Candidate.class, ChangeKind.class,
        ErrorCategory.class,
        ExportDone.class, ExportFormat.class, ExportRequested.class, Fulfillment.class, ImageMode.class,
        ImageRequested.class, ImagesStored.class, ItemChange.class, ItemResult.class, ItemStatus.class,
        JobCommand.class, JobEvent.class, JobFigures.class, LookupItem.class, LookupRequested.class, Marketplace.class,
        MarketplaceMode.class, MatchType.class, OfferSummary.class, PriceAlert.class, ResultRow.class,
        StoredImage.class})
public final class SharedModelReflection {

    private SharedModelReflection() {
    }
}
