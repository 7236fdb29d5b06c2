package com.code2asin.support;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Names the job and tenant a piece of work is about in the log context (MDC), so each line it logs carries them:
 * {@code job_id} and {@code tenant} fields of the JSON logs. Quarkus keeps the MDC on the Vert.x duplicated context
 * each Kafka record and HTTP request is handled on, so concurrent records do not mix their names up.
 */
public final class JobLogs {

    public static final String JOB_ID = "job_id";
    public static final String TENANT = "tenant";

    private JobLogs() {
    }

    /** The lines logged from here on, in this record's or request's handling, are about this job. */
    public static void about(UUID jobId, String tenant) {
        if (jobId != null) {
            MDC.put(JOB_ID, jobId.toString());
        }
        if (tenant != null) {
            MDC.put(TENANT, tenant);
        }
    }

    /** The lines logged from here on are about no job in particular. */
    public static void forget() {
        MDC.remove(JOB_ID);
        MDC.remove(TENANT);
    }
}
