package com.code2asin.jobs.messaging;

import com.code2asin.jobs.domain.JobAction;
import com.code2asin.jobs.service.JobRetry;
import com.code2asin.jobs.service.JobService;
import com.code2asin.model.event.JobCommand;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code code2asin.job-commands.v1}: ops start, pause, resume, cancel or retry a job by publishing an event.
 * The job's log says who did it and why. A command that cannot be applied (unreadable, unknown action, unknown job,
 * wrong state) goes to the DLQ, whose {@code dead-letter-reason} header says why.
 */
@ApplicationScoped
public class JobCommandConsumer {

    private static final Set<String> ACTIONS = Set.of("start", "pause", "resume", "cancel", "retry");

    private final JobService jobs;
    private final JobRetry jobRetry;
    private final ConsumerRetries retries;

    JobCommandConsumer(JobService jobs, JobRetry jobRetry, ConsumerRetries retries) {
        this.jobs = jobs;
        this.jobRetry = jobRetry;
        this.retries = retries;
    }

    @Incoming("job-commands")
    public Uni<Void> consume(JobCommand command) {
        if (command == null) {
            throw new IllegalArgumentException("not a job.command: the payload is not the JSON of a JobCommand");
        }
        JobLogs.about(command.jobId(), command.tenant());
        if (command.jobId() == null || blank(command.tenant()) || blank(command.actor())) {
            throw new IllegalArgumentException("job.command needs job_id, tenant and actor");
        }
        String action = command.action() == null ? "" : command.action().toLowerCase(Locale.ROOT);
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("job.command action '" + command.action()
                    + "' is unknown; use start, pause, resume, cancel or retry");
        }
        String actor = command.actor() + " (ops, job-commands" + (blank(command.reason()) ? ")"
                : ": " + command.reason() + ")");
        Uni<Void> applied = retries.apply("job.command " + action + " of job " + command.jobId(), () -> (action
                .equals("retry") ? jobRetry.retry(command.jobId(), command.tenant(), actor, false)
                : jobs.act(command.jobId(), command.tenant(), JobAction.valueOf(action.toUpperCase(Locale.ROOT)), actor))
                .replaceWithVoid());
        return applied.onFailure().invoke(e -> Log.warnf("job.command %s of job %s by %s refused: %s",
                action, command.jobId(), command.actor(), e.getMessage()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
