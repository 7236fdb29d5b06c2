package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.repository.StatisticsRepository;
import com.code2asin.model.event.ErrorCategory;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tenant's figures across its jobs: jobs by status, codes by result, and the errors of the last days. */
@ApplicationScoped
public class Statistics {

    /** The tenant's jobs by status and the counts of all their codes. */
    public record Overview(Map<JobStatus, Long> jobs, JobTally codes) {
    }

    /** Codes in error by category, and when a transient error is tried again (one delay per automatic retry). */
    public record Errors(Map<ErrorCategory, Long> byCategory, List<Duration> retrySchedule) {
    }

    private final StatisticsRepository statistics;
    private final JobApiConfig config;

    Statistics(StatisticsRepository statistics, JobApiConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    @WithSession
    public Uni<Overview> overview(String tenant) {
        return statistics.jobsByStatus(tenant)
                .flatMap(jobs -> statistics.itemTotals(tenant).map(codes -> new Overview(jobs, codes)));
    }

    @WithSession
    public Uni<Errors> errorsSince(String tenant, Instant since) {
        return statistics.errorsSince(tenant, since).map(found -> new Errors(found, config.retrySchedule()));
    }
}
