package com.code2asin.lookup.provider;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the operator once, in plain words, that Amazon refused one of the worker's credentials: which one (never its
 * secret), what Amazon said and what to check; and once that it is accepted again. Meanwhile lookups fail as
 * {@code auth}, which job-api retries on each job's schedule, so fixing the credential is all it takes.
 */
public final class CredentialWatch {

    private final String credential;
    private final String check;
    private final AtomicBoolean refused = new AtomicBoolean();

    /**
     * @param credential the credential as an operator knows it: the API, the non-secret id, the settings that hold it
     * @param check      what to check when it is refused
     */
    public CredentialWatch(String credential, String check) {
        this.credential = credential;
        this.check = check;
    }

    /** The call, its outcome watched: an answer means the credential is accepted, an auth failure that it is not. */
    public <T> Uni<T> watch(Uni<T> call) {
        return call.invoke(this::accepted)
                .onFailure(ProviderException.class).invoke(f -> {
                    if (((ProviderException) f).category() == ErrorCategory.AUTH) {
                        refused(f.getMessage());
                    }
                });
    }

    void refused(String reason) {
        if (refused.compareAndSet(false, true)) {
            Log.warnf("Amazon refused the %s. %s %s Lookups fail as 'auth' meanwhile and job-api retries them on each "
                    + "job's schedule: once the credential is fixed they go through. (Said once, until Amazon accepts "
                    + "the credential again.)", credential, reason.endsWith(".") ? reason : reason + ".", check);
        }
    }

    void accepted() {
        if (refused.compareAndSet(true, false)) {
            Log.infof("Amazon accepts the %s again", credential);
        }
    }
}
