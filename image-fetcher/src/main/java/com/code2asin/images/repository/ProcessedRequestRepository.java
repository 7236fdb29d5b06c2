package com.code2asin.images.repository;

import com.code2asin.images.domain.ProcessedRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProcessedRequestRepository implements PanacheRepositoryBase<ProcessedRequest, String> {

    /** The recorded images.stored JSON of a request, or null when it was never processed. */
    @WithSession
    public Uni<String> findOutcome(String requestKey) {
        return findById(requestKey).map(found -> found == null ? null : found.outcome());
    }
}
