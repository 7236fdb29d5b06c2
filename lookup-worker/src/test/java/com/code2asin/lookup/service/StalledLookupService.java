package com.code2asin.lookup.service;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.LookupRequested;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/**
 * The real lookups, except that a batch of tenant {@value #STALLED} never gets an answer, as one held up by Amazon's
 * quota for ever would. Enabled by a test profile only.
 */
@Alternative
@Singleton
public class StalledLookupService extends LookupService {

    public static final String STALLED = "stalled-tenant";

    StalledLookupService(Instance<CatalogProvider> providers, CachedAnswers cache, LookupConfig config) {
        super(providers, cache, config);
    }

    @Override
    public Uni<BatchDone> lookup(LookupRequested batch) {
        return STALLED.equals(batch.tenant()) ? Uni.createFrom().nothing() : super.lookup(batch);
    }
}
