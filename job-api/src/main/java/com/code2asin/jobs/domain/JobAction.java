package com.code2asin.jobs.domain;

import java.util.Locale;
import java.util.Set;

/** What a user or an operator can do to a job, from which states, and where it leads (docs/design.md, "Job states"). */
public enum JobAction {
    START(Set.of(JobStatus.PENDING), JobStatus.PROCESSING, "started"),
    PAUSE(Set.of(JobStatus.PROCESSING), JobStatus.PAUSED, "paused"),
    RESUME(Set.of(JobStatus.PAUSED), JobStatus.PROCESSING, "resumed"),
    CANCEL(Set.of(JobStatus.PENDING, JobStatus.PROCESSING, JobStatus.PAUSED), JobStatus.CANCELLED, "cancelled"),
    RETRY(Set.of(JobStatus.FAILED, JobStatus.CANCELLED), JobStatus.PROCESSING, "retried"),
    /** Its codes looked up again for today's prices (by hand or on its schedule). */
    REFRESH(Set.of(JobStatus.COMPLETED), JobStatus.PROCESSING, "refreshed");

    private final Set<JobStatus> from;
    private final JobStatus to;
    private final String fact;

    JobAction(Set<JobStatus> from, JobStatus to, String fact) {
        this.from = from;
        this.to = to;
        this.fact = fact;
    }

    /** The state the job moves to, or a 409 naming the state it is in. */
    public JobStatus apply(JobStatus current) {
        if (!from.contains(current)) {
            throw new ConflictException("cannot " + value() + " a job that is " + current.value() + "; allowed from "
                    + from.stream().map(JobStatus::value).sorted().toList());
        }
        return to;
    }

    /** The fact published on {@code code2asin.jobs.v1}: {@code job.<fact>}. */
    public String fact() {
        return fact;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
