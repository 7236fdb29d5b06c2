package com.code2asin.jobs.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.service.JobOverview;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.JobFigures;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A job with its eight figures, its timeline and its exports: what a job's page shows. */
public record JobDetail(
        JobView job,
        JobFigures figures,
        Progress progress,
        Options options,
        List<TimelineEntry> timeline,
        List<ExportView> exports) {

    public record Options(boolean autoMatch, double confidenceThreshold, boolean downloadImages,
                          int maxImagesPerProduct, @Schema(enumeration = {"replace", "append", "skip"}) String imageMode,
                          boolean withPrices,
                          @Schema(nullable = true, example = "P7D") String refreshEvery,
                          @Schema(nullable = true) Instant nextRefreshAt) {
    }

    public record TimelineEntry(Instant at, @Schema(enumeration = {"info", "warning", "error"}) String level, String message) {
    }

    /** Items per status; {@code done} counts every item that needs no more lookup. */
    public record Progress(long total, long done, long pending, long matched, long ambiguous, long unmatched,
                           long failed, long invalid, long imagesPending) {

        public static Progress of(Map<ItemStatus, Long> byStatus, long imagesPending) {
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long pending = byStatus.getOrDefault(ItemStatus.PENDING, 0L);
            return new Progress(total, total - pending, pending, byStatus.getOrDefault(ItemStatus.MATCHED, 0L),
                    byStatus.getOrDefault(ItemStatus.AMBIGUOUS, 0L), byStatus.getOrDefault(ItemStatus.UNMATCHED, 0L),
                    byStatus.getOrDefault(ItemStatus.FAILED, 0L), byStatus.getOrDefault(ItemStatus.INVALID, 0L),
                    imagesPending);
        }
    }

    public static JobDetail of(JobOverview overview) {
        Job job = overview.job();
        return new JobDetail(JobView.from(job, overview.tally()), overview.tally().figures(),
                Progress.of(overview.tally().byStatus(), overview.tally().imagesExpected),
                new Options(job.autoMatch, job.confidenceThreshold, job.downloadImages, job.maxImages, job.imageMode.value(),
                        job.withPrices, RefreshSchedule.every(job.refreshEverySeconds), job.nextRefreshAt),
                overview.timeline().stream().map(l -> new TimelineEntry(l.createdAt, l.level.value(), l.message)).toList(),
                overview.exports().stream().map(ExportView::of).toList());
    }
}
