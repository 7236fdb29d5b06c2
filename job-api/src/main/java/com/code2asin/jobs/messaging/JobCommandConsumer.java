package com.code2asin.jobs.messaging;

import com.code2asin.jobs.domain.JobAction;
import com.code2asin.jobs.service.JobRetry;
import com.code2asin.jobs.service.JobService;
import com.code2asin.model.WireNames;
import com.code2asin.model.event.JobCommand;
import com.code2asin.support.JobLogs;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code code2asin.job-commands.v1}: ops start, pause, resume, cancel or retry a job by publishing an event.
 * The job's log says who did it and why. A command that cannot be applied (unreadable, unknown action, unknown job,
 * wrong state) goes to the DLQ, whose {@code dead-letter-reason} header says why.
 */
@ApplicationScoped
public class JobCommandConsumer {

    /** What ops may command; a refresh is asked through the API. */
    private static final Set<JobAction> COMMANDS = EnumSet.of(JobAction.START, JobAction.PAUSE, JobAction.RESUME,
            JobAction.CANCEL, JobAction.RETRY);

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
        JobAction action = WireNames.find(JobAction.class, command.action()).filter(COMMANDS::contains)
                .orElseThrow(() -> new IllegalArgumentException("job.command action '" + command.action()
                        + "' is unknown; use one of " + COMMANDS.stream().map(JobAction::value).toList()));
        String actor = command.actor() + " (ops, job-commands" + (blank(command.reason()) ? ")"
                : ": " + command.reason() + ")");
        Uni<Void> applied = retries.apply("job.command " + action.value() + " of job " + command.jobId(), () -> (
                action == JobAction.RETRY ? jobRetry.retry(command.jobId(), command.tenant(), actor, false)
                : jobs.act(command.jobId(), command.tenant(), action, actor)).replaceWithVoid());
        return applied.onFailure().invoke(e -> Log.warnf("job.command %s of job %s by %s refused: %s",
                action.value(), command.jobId(), command.actor(), e.getMessage()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
