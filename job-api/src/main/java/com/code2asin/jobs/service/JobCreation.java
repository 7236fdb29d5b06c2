package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.ImagesStatus;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.JobLog;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.domain.TooLargeException;
import com.code2asin.jobs.intake.IntakeRow;
import com.code2asin.jobs.repository.NewJobWriter;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Marketplace;
import com.code2asin.model.Topics;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Creates a job with all its items in one transaction, streaming the rows from the upload into the database as they
 * are read: nothing is held in memory, and a file refused half-way (no code column, unreadable) leaves nothing
 * behind. Each row becomes an item; a code that is not valid is an invalid item with its reason, never a failed file.
 */
@ApplicationScoped
public class JobCreation {

    private final NewJobWriter writer;
    private final Outbox outbox;
    private final JobApiConfig config;
    private final JobMetrics metrics;

    private final Vertx vertx;

    JobCreation(NewJobWriter writer, Outbox outbox, JobApiConfig config, JobMetrics metrics, Vertx vertx) {
        this.vertx = vertx;
        this.writer = writer;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
    }

    /** Runs on a worker thread: parsing and COPY block. The job keeps the caller's trace, read before leaving it. */
    public Uni<Job> create(String tenant, String user, NewJob request) {
        String trace = TraceParents.current();
        return vertx.executeBlocking(() -> {
            long started = System.nanoTime();
            boolean stored = false;
            try {
                Job job = createBlocking(tenant, user, request, trace);
                stored = true;
                return job;
            } finally {
                metrics.intake(java.time.Duration.ofNanos(System.nanoTime() - started), stored);
            }
        }, false);
    }

    private Job createBlocking(String tenant, String user, NewJob request, String trace) {
        Job job = job(tenant, user, request);
        job.traceParent = trace;
        try (NewJobWriter.Transaction tx = writer.begin(job)) {
            int[] invalid = {0};
            int[] written = {0};
            // EACH: one item per code and marketplace, side by side in the job's order (seq)
            List<Marketplace> itemMarketplaces = job.eachMarketplace() ? job.marketplaces()
                    : Collections.singletonList(null);
            try (NewJobWriter.ItemCopy copy = tx.copyItems()) {
                request.rows().forEach(row -> {
                    for (Marketplace marketplace : itemMarketplaces) {
                        if (++written[0] > config.maxCodes()) {
                            throw TooLargeException.codes(request.fileName(), config.maxCodes(),
                                    itemMarketplaces.size()); // rolled back: nothing kept
                        }
                        JobItem item = request.useAmazonApi() ? item(job.id, row, marketplace)
                                : DirectImport.item(item(job.id, row, null), row, job.marketplace);
                        if (item.status == ItemStatus.INVALID) {
                            invalid[0]++;
                        }
                        try {
                            copy.add(item);
                        } catch (IOException e) {
                            throw new IllegalStateException("job " + job.id + ": items could not be written: "
                                    + e.getMessage(), e);
                        }
                    }
                });
            }
            job.total = written[0];
            job.invalidCount = invalid[0];
            tx.counts(job.total, job.invalidCount);
            tx.log(JobLog.of(job.id, LogLevel.INFO, "job created by " + user + ": " + job.total + (job.eachMarketplace()
                    ? " items (each code on " + itemMarketplaces.size() + " marketplaces), " : " codes, ")
                    + job.invalidCount + " invalid"));
            tx.event(outbox.event(Topics.JOBS, EventTypes.job("created"), job, JobService.event(job, null)));
            tx.commit();
            tx.analyzeItemsIfGrown(job.total);
            return job;
        } catch (IOException e) {
            // the rows' reader failed on the file itself (a truncated workbook, an unreadable archive)
            throw new InvalidException("the file could not be read: " + e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("job " + job.id + " could not be stored: " + e.getMessage(), e);
        }
    }

    private Job job(String tenant, String user, NewJob request) {
        Instant now = Instant.now();
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.tenant = tenant;
        job.name = cut(request.name(), 200);
        job.supplierCode = cut(request.supplierCode(), 64);
        job.fileName = cut(request.fileName(), 255);
        job.status = JobStatus.PENDING;
        job.useAmazonApi = request.useAmazonApi();
        job.marketplace = request.marketplaces().get(0);
        job.fallbackMarketplaces = List.copyOf(request.marketplaces().subList(1, request.marketplaces().size()));
        job.marketplaceMode = request.marketplaceMode();
        job.provider = request.provider();
        job.autoMatch = request.autoMatch();
        job.confidenceThreshold = request.confidenceThreshold();
        job.downloadImages = request.downloadImages();
        job.maxImages = request.maxImages();
        job.imageMode = request.imageMode();
        job.withPrices = request.withPrices();
        job.maxRetries = config.maxRetries();
        job.createdBy = cut(user, 128);
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    /**
     * A row as an item, for {@code marketplace} (EACH mode) or for the one that answers (null); values longer than
     * their column are cut, so one long cell cannot sink the file.
     */
    static JobItem item(UUID jobId, IntakeRow row, Marketplace marketplace) {
        ParsedCode code = CodeParser.parse(row.code());
        JobItem item = new JobItem();
        item.jobId = jobId;
        item.rowNumber = row.rowNumber();
        item.code = cut(row.code(), 64);
        item.productId = cut(row.productId(), 128);
        item.productName = cut(row.productName(), 500);
        item.brand = cut(row.brand(), 200);
        item.sku = cut(row.sku(), 128);
        item.supplierPrice = cut(row.price(), 64);
        item.quantity = cut(row.quantity(), 64);
        item.condition = cut(row.condition(), 64);
        item.imagesStatus = ImagesStatus.NONE;
        item.marketplace = marketplace;
        if (code.isValid()) {
            item.gtin14 = code.gtin14();
            item.codeType = code.type().label();
            item.status = ItemStatus.PENDING;
        } else {
            item.status = ItemStatus.INVALID;
            item.errorCategory = ErrorCategory.INVALID_DATA;
            item.error = code.error();
        }
        return item;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
