package com.code2asin.exports.service;

import com.code2asin.exports.client.ObjectStore;
import com.code2asin.exports.config.ExportConfig;
import com.code2asin.exports.domain.ExportFailedException;
import com.code2asin.exports.domain.ExportFile;
import com.code2asin.exports.repository.ExportFileRepository;
import com.code2asin.model.KeySegment;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportFormat;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.model.event.JobEvent;
import com.code2asin.model.event.MarketplaceMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Produces an export once: an export id already done is answered from its row, anything else is built on a worker
 * thread (S3 snapshot -> XLSX, CSV or JSON temp file -> S3) and recorded, done or failed, in one transaction. A build
 * that fails for a reason that may pass (S3 away) is tried again with growing delays before it is recorded failed.
 * Blocking work goes through {@code Vertx.executeBlocking}, which resumes on the caller's Vert.x context for
 * Hibernate Reactive.
 */
@ApplicationScoped
public class ExportService {

    private final ObjectStore store;
    private final ExportFileRepository files;
    private final Map<ExportFormat, ResultWriter> writers;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Duration retryDelay;
    private final int retries;
    private final MeterRegistry metrics;

    public ExportService(ObjectStore store, ExportFileRepository files, ExportConfig config, ObjectMapper json,
            Vertx vertx, MeterRegistry metrics) {
        this.metrics = metrics;
        this.store = store;
        this.files = files;
        this.writers = Map.of(ExportFormat.XLSX, new XlsxResultWriter(json, config.xlsxWindow()),
                ExportFormat.CSV, new CsvResultWriter(json), ExportFormat.JSON, new JsonResultWriter(json),
                ExportFormat.INVENTORY_LOADER, new InventoryLoaderWriter(json));
        this.json = json;
        this.vertx = vertx;
        this.retryDelay = config.retryDelay();
        this.retries = config.retries();
    }

    /** Same job, same id: a redelivered {@code job.completed} finds the export it already produced. */
    public static UUID defaultExportId(UUID jobId) {
        return UUID.nameUUIDFromBytes(("default-xlsx:" + jobId).getBytes(StandardCharsets.UTF_8));
    }

    /** The export every completed job gets: XLSX with every item. */
    public static ExportRequested defaultExport(JobEvent job) {
        return new ExportRequested(defaultExportId(job.jobId()), job.jobId(), job.tenant(), ExportFormat.XLSX, true,
                job.snapshotKey(), null, job.marketplaceMode() == MarketplaceMode.EACH ? job.marketplaces() : null);
    }

    /** {@code exports/{tenant}/{job_id}/{export_id}.xlsx} */
    public static String objectKey(ExportRequested request) {
        return "exports/" + request.tenant() + "/" + request.jobId() + "/" + request.exportId() + "."
                + format(request).extension();
    }

    /** The {@code export.done} to publish; a request that breaks the event contract fails (dead-letter topic). */
    public Uni<ExportDone> export(ExportRequested request) {
        Objects.requireNonNull(request.exportId(), "export_id is required");
        Objects.requireNonNull(request.jobId(), "job_id is required");
        KeySegment.require("tenant", request.tenant());
        return files.findExport(request.exportId()).chain(existing -> {
            if (existing != null && existing.isDone()) {
                Log.infof("Export %s is already done; publishing its result again", request.exportId());
                return Uni.createFrom().item(existing.toEvent());
            }
            return vertx.executeBlocking(() -> build(request), false)
                    .onFailure(ExportService::passes).invoke(failure -> Log.warnf(
                            "Export %s of job %s failed, tried again: %s", request.exportId(), request.jobId(),
                            failure.getMessage()))
                    .onFailure(ExportService::passes).retry().withBackOff(retryDelay).atMost(retries)
                    .map(ExportService::done)
                    .onFailure(ExportFailedException.class).recoverWithItem(failure -> {
                        String reason = passes(failure) ? failure.getMessage() + " (" + (retries + 1) + " tries)"
                                : failure.getMessage();
                        Log.warnf("Export %s of job %s failed: %s", request.exportId(), request.jobId(), reason);
                        return file -> file.failed(reason);
                    })
                    .chain(outcome -> record(request, outcome));
        });
    }

    private static boolean passes(Throwable failure) {
        return failure instanceof ExportFailedException e && e.isTransient();
    }

    private record Built(String objectKey, long rows, long bytes) {
    }

    private static Consumer<ExportFile> done(Built built) {
        return file -> file.done(built.objectKey(), built.rows(), built.bytes());
    }

    /** Blocking, timed by format and outcome for ops ({@code code2asin_export_seconds} on /q/metrics). */
    private Built build(ExportRequested request) {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            Built built = buildFile(request);
            outcome = "done";
            return built;
        } finally {
            Timer.builder("code2asin.export").description("Exports built, by format and outcome")
                    .tag("format", format(request).value()).tag("outcome", outcome).register(metrics)
                    .record(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Snapshot lines from S3 -> the file in a temp file -> S3. */
    private Built buildFile(ExportRequested request) {
        if (request.snapshotKey() == null || request.snapshotKey().isBlank()) {
            throw new ExportFailedException("The export request of job " + request.jobId()
                    + " names no result snapshot (snapshot_key); job-api must snapshot the results first");
        }
        ExportFormat format = format(request);
        Path temp = null;
        try {
            temp = Files.createTempFile("export-" + request.exportId(), "." + format.extension());
            long rows;
            try (InputStream in = store.open(request.snapshotKey());
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                rows = writer(request).write(lines, out, request.includeUnmatched(), request.marketplaceColumns());
            }
            long bytes = Files.size(temp);
            String key = objectKey(request);
            store.upload(key, temp, format.contentType());
            Log.infof("Export %s of job %s: %d rows, %d bytes in %s", request.exportId(), request.jobId(), rows, bytes, key);
            return new Built(key, rows, bytes);
        } catch (IOException e) {
            throw ExportFailedException.passing("Reading the snapshot " + request.snapshotKey()
                    + " or writing the file failed (" + e.getMessage() + "); export again", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** One transaction: create or update the export row, whose id is also the dedupe key. */
    private Uni<ExportDone> record(ExportRequested request, Consumer<ExportFile> outcome) {
        return Panache.withTransaction(() -> files.findExport(request.exportId()).chain(existing -> {
            ExportFile file = existing != null ? existing : ExportFile.of(request);
            outcome.accept(file);
            return existing != null ? Uni.createFrom().item(file) : files.persist(file);
        })).map(ExportFile::toEvent);
    }

    /** A listings feed names its seller in every document's header. */
    private ResultWriter writer(ExportRequested request) {
        if (format(request) != ExportFormat.LISTINGS_JSON) {
            return writers.get(format(request));
        }
        if (request.sellerId() == null || request.sellerId().isBlank()) {
            throw new ExportFailedException("The listings_json export of job " + request.jobId() + " names no "
                    + "seller_id: a JSON listings feed is made for one seller; ask for it again with seller_id");
        }
        return new ListingsFeedWriter(json, request.sellerId());
    }

    private static ExportFormat format(ExportRequested request) {
        return request.format() == null ? ExportFormat.XLSX : request.format();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            Log.warnf("Temp file %s could not be deleted: %s", temp, e.getMessage());
        }
    }
}
