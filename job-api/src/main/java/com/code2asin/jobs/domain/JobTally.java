package com.code2asin.jobs.domain;

import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.JobFigures;
import com.code2asin.model.event.MatchType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A job's counts, kept by the database: triggers on {@code job_item} add every change (migration V5), so the
 * application only reads them.
 */
@Entity
@Immutable
@Table(name = "job_tally")
public class JobTally {

    @Id
    public UUID jobId;
    public long total;
    public long pending;
    public long matched;
    public long ambiguous;
    public long unmatched;
    public long failed;
    public long invalid;
    public long exact;
    public long partial;
    public long fuzzy;
    public long manual;
    public long withAsin;
    public long withImages;
    public long withPrice;
    public long imagesExpected;
    public double confidenceSum;
    @Column(name = "confidence_n")
    public long confidenceN;

    /** The tally of a job whose items were never counted: all zeros. */
    public static JobTally empty(UUID jobId) {
        JobTally tally = new JobTally();
        tally.jobId = jobId;
        return tally;
    }

    public JobFigures figures() {
        return new JobFigures(total, withAsin, withImages, withPrice, exact, fuzzy, partial,
                confidenceN == 0 ? null : Math.round(confidenceSum / confidenceN * 1000) / 1000.0);
    }

    public Map<ItemStatus, Long> byStatus() {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        counts.put(ItemStatus.PENDING, pending);
        counts.put(ItemStatus.MATCHED, matched);
        counts.put(ItemStatus.AMBIGUOUS, ambiguous);
        counts.put(ItemStatus.UNMATCHED, unmatched);
        counts.put(ItemStatus.FAILED, failed);
        counts.put(ItemStatus.INVALID, invalid);
        return counts;
    }

    public long count(ItemStatus status) {
        return byStatus().getOrDefault(status, 0L);
    }

    public long count(MatchType type) {
        return switch (type) {
            case EXACT -> exact;
            case PARTIAL -> partial;
            case FUZZY -> fuzzy;
            case MANUAL -> manual;
        };
    }
}
