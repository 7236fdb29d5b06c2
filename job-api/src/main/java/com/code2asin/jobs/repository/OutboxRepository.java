package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.OutboxEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * True when this transaction now relays for every replica: events go out in the order they were written, once,
     * from one replica at a time (released at commit or rollback).
     */
    public Uni<Boolean> tryLeadRelay() {
        return getSession().flatMap(s -> s.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtextextended('job-api outbox relay', 0))", Boolean.class)
                .getSingleResult());
    }

    /** The oldest events not yet relayed, in the order they were written (per-job order on Kafka follows it). */
    public Uni<List<OutboxEvent>> unsent(int limit) {
        return find("sentAt is null", Sort.ascending("id")).range(0, limit - 1).list();
    }

    /** Forgets events relayed before {@code cutoff}; returns how many. */
    public Uni<Long> deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }

    public Uni<Integer> markSent(List<Long> ids) {
        return update("sentAt = ?1 where id in ?2", Instant.now(), ids);
    }
}
