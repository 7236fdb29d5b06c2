package com.code2asin.jobs.service;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.repository.JobItemRepository;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a job's results to S3 as JSON lines of {@link ResultRow} (the claim check other services read), page by
 * page through a temporary file, so memory does not grow with the job.
 */
@ApplicationScoped
public class SnapshotWriter {

    static final int PAGE = 1000;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JobItemRepository items;
    private final ObjectStore store;
    private final ObjectMapper json;

    SnapshotWriter(JobItemRepository items, ObjectStore store, ObjectMapper json) {
        this.items = items;
        this.store = store;
        this.json = json;
    }

    public static String keyOf(Job job) {
        return "snapshots/" + job.tenant + "/" + job.id + ".jsonl";
    }

    public Uni<String> write(Job job) {
        String key = keyOf(job);
        return ObjectStore.offload(() -> Files.createTempFile("snapshot-", ".jsonl"))
                .flatMap(file -> appendPages(job, file, 0)
                        .flatMap(ignored -> store.upload(key, file, "application/x-ndjson"))
                        .eventually(() -> ObjectStore.offload(() -> Files.deleteIfExists(file))))
                .replaceWith(key);
    }

    private Uni<Void> appendPages(Job job, Path file, int offset) {
        return Panache.withSession(() -> items.page(job.id, offset, PAGE)).flatMap(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            byte[] lines = toLines(page);
            return ObjectStore.offload(() -> Files.write(file, lines, StandardOpenOption.APPEND))
                    .flatMap(ignored -> page.size() < PAGE ? Uni.createFrom().voidItem()
                            : appendPages(job, file, offset + PAGE));
        });
    }

    private byte[] toLines(List<JobItem> page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.size() * 400);
        try {
            for (JobItem i : page) {
                out.write(json.writeValueAsBytes(toRow(i)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ResultRow toRow(JobItem i) throws IOException {
        List<String> images = i.imageUrls == null ? List.of() : json.readValue(i.imageUrls, STRINGS);
        return new ResultRow(i.id, i.rowNumber, i.code, i.gtin14, i.codeType, i.productId, i.productName, i.status,
                i.matchType, i.asin, i.confidence, i.title, i.amazonBrand, i.price, i.currency, i.salesRank, images,
                i.errorCategory, i.error, i.marketplace);
    }
}
