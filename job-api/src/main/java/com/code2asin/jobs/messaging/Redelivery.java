package com.code2asin.jobs.messaging;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.NotFoundException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How a consumer applies a message: a failure that may pass (PostgreSQL restarting, a connection lost, a lock
 * timeout) is tried again with growing delays before the message goes to its dead-letter topic; a message that can
 * never be applied (unreadable, forged, naming an unknown job, refused by the job's state) goes there at once.
 */
@ApplicationScoped
public class Redelivery {

    private final int retries;
    private final Duration delay;

    @Inject
    Redelivery(JobApiConfig config) {
        this(config.consumerRetries(), config.consumerRetryDelay());
    }

    Redelivery(int retries, Duration delay) {
        this.retries = retries;
        this.delay = delay;
    }

    public <T> Uni<T> apply(String what, Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(Redelivery::mayPass).invoke(e -> Log.warnf("%s failed, tried again: %s", what, e.toString()))
                .onFailure(Redelivery::mayPass).retry().withBackOff(delay, delay.multipliedBy(16)).atMost(retries);
    }

    static boolean mayPass(Throwable failure) {
        return !(failure instanceof IllegalArgumentException || failure instanceof NotFoundException
                || failure instanceof ConflictException || failure instanceof InvalidException);
    }
}
