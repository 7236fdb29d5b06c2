package com.code2asin.jobs.service;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.repository.ResultCursor;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a job's results to S3 as JSON lines of {@link ResultRow} (the claim check other services read): rows come
 * from a database cursor and go to a temporary file one at a time, which is then uploaded. Memory holds one page of
 * the cursor, whatever the size of the job ({@code BoundedMemoryIT} runs a job larger than a small heap through it).
 */
@ApplicationScoped
public class SnapshotWriter {

    private final ResultCursor rows;
    private final ObjectStore store;
    private final ObjectWriter lines;
    private final Vertx vertx;

    SnapshotWriter(ResultCursor rows, ObjectStore store, ObjectMapper json, Vertx vertx) {
        this.rows = rows;
        this.store = store;
        this.vertx = vertx;
        this.lines = json.writerFor(ResultRow.class);
    }

    public static String keyOf(Job job) {
        return "snapshots/" + job.tenant + "/" + job.id + ".jsonl";
    }

    public Uni<String> write(Job job) {
        String key = keyOf(job);
        return vertx.executeBlocking(() -> writeFile(job), false)
                .flatMap(file -> store.upload(key, file, "application/x-ndjson")
                        .eventually(() -> vertx.executeBlocking(() -> Files.deleteIfExists(file), false)))
                .replaceWith(key);
    }

    /** Blocking: the job's rows in a new temporary file, deleted again if anything fails. */
    private Path writeFile(Job job) throws Exception {
        Path file = Files.createTempFile("snapshot-" + job.id, ".jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            rows.forEach(job.id, row -> {
                out.write(lines.writeValueAsBytes(row));
                out.write('\n');
            });
            return file;
        } catch (Exception e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
