package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.repository.ItemChangeRepository;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Drops the providers' raw answers older than {@code raw-answer-retention}; the change-log entries stay. */
@ApplicationScoped
public class RawAnswerRetention {

    private final ItemChangeRepository changes;
    private final JobApiConfig config;

    RawAnswerRetention(ItemChangeRepository changes, JobApiConfig config) {
        this.changes = changes;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return changes.dropRawAnswers(Instant.now().minus(config.rawAnswerRetention()), config.rawAnswerSweepLimit())
                .invoke(dropped -> Log.debugf("change log: %d raw answer(s) past retention dropped", dropped))
                .onFailure().invoke(e -> Log.warnf("raw answer sweep failed, next hour retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
