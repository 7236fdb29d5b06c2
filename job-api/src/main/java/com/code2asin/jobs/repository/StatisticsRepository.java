package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Aggregates over one tenant's jobs and items, one GROUP BY query each. */
@ApplicationScoped
public class StatisticsRepository {

    public Uni<Map<JobStatus, Long>> jobsByStatus(String tenant) {
        return grouped("select j.status, count(*) from Job j where j.tenant = :tenant group by j.status", tenant,
                null, JobStatus.class);
    }

    /** The tenant's counts over all its jobs: the sum of their tallies (one row per job, not per item). */
    public Uni<JobTally> itemTotals(String tenant) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery("""
                        select coalesce(sum(t.total), 0), coalesce(sum(t.pending), 0), coalesce(sum(t.matched), 0),
                               coalesce(sum(t.ambiguous), 0), coalesce(sum(t.unmatched), 0), coalesce(sum(t.failed), 0),
                               coalesce(sum(t.invalid), 0), coalesce(sum(t.withAsin), 0),
                               coalesce(sum(t.confidenceSum), 0), coalesce(sum(t.confidenceN), 0)
                        from JobTally t, Job j where j.id = t.jobId and j.tenant = :tenant""", Object[].class)
                .setParameter("tenant", tenant).getSingleResult())
                .map(r -> {
                    JobTally sum = JobTally.empty(null);
                    sum.total = n(r[0]);
                    sum.pending = n(r[1]);
                    sum.matched = n(r[2]);
                    sum.ambiguous = n(r[3]);
                    sum.unmatched = n(r[4]);
                    sum.failed = n(r[5]);
                    sum.invalid = n(r[6]);
                    sum.withAsin = n(r[7]);
                    sum.confidenceSum = ((Number) r[8]).doubleValue();
                    sum.confidenceN = n(r[9]);
                    return sum;
                });
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    /** Items of the tenant that ended in error since then (failed lookups and invalid codes), by category. */
    public Uni<Map<ErrorCategory, Long>> errorsSince(String tenant, Instant since) {
        return grouped("select i.errorCategory, count(*) from JobItem i, Job j where j.id = i.jobId "
                + "and j.tenant = :tenant and i.errorCategory is not null and i.updatedAt >= :since "
                + "group by i.errorCategory", tenant, since, ErrorCategory.class);
    }

    private static <K extends Enum<K>> Uni<Map<K, Long>> grouped(String hql, String tenant, Instant since,
                                                                 Class<K> keys) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery(hql, Object[].class).setParameter("tenant", tenant);
            if (since != null) {
                query.setParameter("since", since);
            }
            return query.getResultList();
        }).map(rows -> toMap(rows, keys));
    }

    private static <K extends Enum<K>> Map<K, Long> toMap(List<Object[]> rows, Class<K> keys) {
        Map<K, Long> counts = new EnumMap<>(keys);
        for (Object[] row : rows) {
            counts.put(keys.cast(row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
