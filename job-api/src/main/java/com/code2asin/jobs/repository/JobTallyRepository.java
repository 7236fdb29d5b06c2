package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.JobTally;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JobTallyRepository implements PanacheRepositoryBase<JobTally, UUID> {

    /**
     * Takes the job's tally row lock for the rest of the transaction. Every writer of a job's items takes it
     * before touching any item, so their row locks are always taken in one order and they cannot deadlock (each
     * item UPDATE ends in the tally trigger, which needs this row).
     */
    public Uni<Void> lock(UUID jobId) {
        return getSession().flatMap(s -> s.createNativeQuery("SELECT job_id FROM job_tally WHERE job_id = :job FOR UPDATE")
                        .setParameter("job", jobId).getResultList())
                .replaceWithVoid();
    }

    /** The tallies of these jobs, by job id (a job without items has none). */
    public Uni<Map<UUID, JobTally>> of(Collection<UUID> jobIds) {
        if (jobIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("jobId in ?1", jobIds)
                .map(found -> found.stream().collect(Collectors.toMap(t -> t.jobId, Function.identity())));
    }

    /** The job's counts as of now; read it once per session (the session would keep the first read). */
    public Uni<JobTally> of(UUID jobId) {
        return findById(jobId).map(tally -> tally == null ? JobTally.empty(jobId) : tally);
    }
}
