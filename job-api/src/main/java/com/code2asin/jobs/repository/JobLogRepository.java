package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.JobLog;
import com.code2asin.jobs.domain.LogLevel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JobLogRepository implements PanacheRepositoryBase<JobLog, Long> {

    public Uni<Void> add(UUID jobId, LogLevel level, String message) {
        return persist(JobLog.of(jobId, level, message)).replaceWithVoid();
    }

    /** A page of the job's log, oldest first, of one level or all. */
    public Uni<List<JobLog>> page(UUID jobId, LogLevel level, int offset, int limit) {
        return level == null
                ? find("jobId", Sort.ascending("id"), jobId).range(offset, offset + limit - 1).list()
                : find("jobId = ?1 and level = ?2", Sort.ascending("id"), jobId, level)
                        .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> count(UUID jobId, LogLevel level) {
        return level == null ? count("jobId", jobId) : count("jobId = ?1 and level = ?2", jobId, level);
    }

    /** The job's latest {@code count} lines, oldest first. */
    public Uni<List<JobLog>> latest(UUID jobId, int count) {
        return find("jobId", Sort.descending("id"), jobId).range(0, count - 1).list()
                .map(lines -> lines.reversed());
    }
}
