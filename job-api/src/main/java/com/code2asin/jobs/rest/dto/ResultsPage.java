package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.model.event.JobFigures;
import java.util.List;
import java.util.UUID;

/** Results of a job with its summary fields ({@code with_asin}, {@code exact_matches}, ...). */
public record ResultsPage(
        UUID jobId,
        String jobStatus,
        long total,
        long withAsin,
        long withImages,
        long withPrice,
        long exactMatches,
        long fuzzyMatches,
        long partialMatches,
        @Schema(nullable = true) Double avgConfidence,
        List<ResultView> items,
        PageMeta meta) {

    public static ResultsPage of(UUID jobId, String status, JobFigures f, List<ResultView> items, PageMeta meta) {
        return new ResultsPage(jobId, status, f.total(), f.withAsin(), f.withImages(), f.withPrice(), f.exact(),
                f.fuzzy(), f.partial(), f.avgConfidence(), items, meta);
    }
}
