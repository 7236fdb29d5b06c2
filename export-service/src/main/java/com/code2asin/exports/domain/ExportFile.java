package com.code2asin.exports.domain;

import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportFormat;
import com.code2asin.model.event.ExportRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One export and where its file is (table {@code export_file}); also the dedupe record of export requests. */
@Entity
@Table(name = "export_file")
public class ExportFile {

    private static final int MAX_ERROR = 2000;

    @Id
    @Column(name = "export_id")
    private UUID exportId;

    @Column(name = "job_id")
    private UUID jobId;

    private String tenant;

    @Enumerated(EnumType.STRING)
    private ExportFormat format;

    @Column(name = "object_key")
    private String objectKey;

    private long rows;
    private long bytes;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ExportFile() {
    }

    public static ExportFile of(ExportRequested request) {
        ExportFile file = new ExportFile();
        file.exportId = request.exportId();
        file.jobId = request.jobId();
        file.tenant = request.tenant();
        file.format = request.format() == null ? ExportFormat.XLSX : request.format();
        file.createdAt = Instant.now();
        return file;
    }

    public void done(String objectKey, long rows, long bytes) {
        this.objectKey = objectKey;
        this.rows = rows;
        this.bytes = bytes;
        this.status = ExportStatus.DONE;
        this.error = null;
    }

    public void failed(String error) {
        this.objectKey = null;
        this.rows = 0;
        this.bytes = 0;
        this.status = ExportStatus.FAILED;
        this.error = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error;
    }

    public boolean isDone() {
        return status == ExportStatus.DONE;
    }

    public ExportDone toEvent() {
        return new ExportDone(exportId, jobId, tenant, format, objectKey, rows, bytes, error);
    }
}
