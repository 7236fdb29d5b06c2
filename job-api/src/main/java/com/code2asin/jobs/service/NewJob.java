package com.code2asin.jobs.service;

import com.code2asin.model.event.ImageMode;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.MarketplaceMode;
import com.code2asin.jobs.intake.IntakeRow;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** What a caller asks for when creating a job, with defaults already applied; its rows are read once, streamed. */
public record NewJob(
        String name,
        String supplierCode,
        String fileName,
        boolean useAmazonApi,
        List<Marketplace> marketplaces,
        MarketplaceMode marketplaceMode,
        String provider,
        boolean autoMatch,
        double confidenceThreshold,
        boolean downloadImages,
        int maxImages,
        ImageMode imageMode,
        boolean withPrices,
        Rows rows) {

    /** The rows of a new job, handed one by one to the sink as they are read; returns how many. */
    @FunctionalInterface
    public interface Rows {
        int forEach(Consumer<IntakeRow> sink) throws IOException;
    }
}
