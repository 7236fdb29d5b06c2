package com.code2asin.jobs.rest.dto;

import com.code2asin.jobs.domain.Job;
import java.time.Instant;
import java.util.UUID;

/** The answer to a job creation, with the compatibility names too (docs/design.md): {@code id}/{@code job_id}, {@code total_codes}/{@code total_products}. */
public record JobCreated(String message, UUID id, UUID jobId, String name, String status, int totalCodes,
                         int totalProducts, int invalidCodes, Instant createdAt) {

    public static JobCreated of(Job job) {
        return new JobCreated("Job Code2ASIN created", job.id, job.id, job.name, job.status.value(), job.total,
                job.total, job.invalidCount, job.createdAt);
    }
}
