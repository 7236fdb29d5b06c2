package com.code2asin.jobs.domain;

import com.code2asin.model.event.ExportFormat;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An export of a job's results: {@code requested} when asked through the API, then {@code done} or {@code failed}
 * as export-service reports it ({@code export.done}).
 */
@Entity
@Table(name = "export_file")
public class ExportFile {

    @Id
    public UUID id;
    public UUID jobId;
    public String tenant;
    public ExportFormat format;
    public ExportStatus status;
    public String objectKey;
    public Long rows;
    public Long bytes;
    public String error;
    public boolean includeUnmatched;
    public String requestedBy;
    /** The Amazon merchant token a listing export was made for; null for the other formats. */
    public String sellerId;
    public Instant createdAt;
    public Instant updatedAt;

    /** The export every completed job gets: XLSX of every item, not one a user asked for in another form. */
    public static boolean isDefault(ExportFile f) {
        return f.format == ExportFormat.XLSX && f.includeUnmatched && f.requestedBy == null;
    }
}
