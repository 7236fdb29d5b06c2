package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.repository.JobRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What ops watch of the jobs, on /q/metrics: jobs by state (counted every {@code metrics-every}, not at each scrape:
 * a scrape must not query the database), results applied by status (their rate is the items per second), and how
 * long intakes take. No tag names a tenant or a job: the series stay few whatever the traffic.
 */
@ApplicationScoped
public class JobMetrics {

    private final MeterRegistry registry;
    private final JobRepository jobs;
    private final Map<JobStatus, AtomicLong> byStatus = new EnumMap<>(JobStatus.class);

    JobMetrics(MeterRegistry registry, JobRepository jobs) {
        this.registry = registry;
        this.jobs = jobs;
        for (JobStatus status : JobStatus.values()) {
            AtomicLong count = new AtomicLong();
            byStatus.put(status, count);
            Gauge.builder("code2asin.jobs", count, AtomicLong::get).description("Jobs by state")
                    .tag("status", status.value()).register(registry);
        }
    }

    @Scheduled(every = "${job-api.metrics-every}", delayed = "2s")
    Uni<Void> countJobs() {
        return Panache.withSession(jobs::countByStatus).invoke(counts -> byStatus.forEach((status, count) ->
                count.set(counts.getOrDefault(status, 0L)))).replaceWithVoid();
    }

    /** Items whose lookup answer was applied, by the status it gave them. */
    void answered(List<JobItem> items) {
        items.forEach(item -> Counter.builder("code2asin.items.answered").description("Lookup answers applied to "
                + "items, by the status they gave").tag("status", item.status.value()).register(registry).increment());
    }

    /** An upload read into a new job, or refused. */
    void intake(Duration took, boolean stored) {
        Timer.builder("code2asin.intake").description("Uploads read into a new job, and refused ones")
                .tag("outcome", stored ? "stored" : "refused").register(registry).record(took);
    }
}
