package com.code2asin.lookup.config;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Event records of shared-model this service (de)serializes with Jackson; registered for native images. */
@RegisterForReflection(targets = {LookupRequested.class, LookupItem.class, BatchDone.class, ItemResult.class,
        Candidate.class, ImageRequested.class, CatalogProduct.class})
public class EventReflection {
}
