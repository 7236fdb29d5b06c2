package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.ExportFile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExportFileRepository implements PanacheRepositoryBase<ExportFile, UUID> {

    public Uni<List<ExportFile>> forJob(UUID jobId) {
        return list("jobId", Sort.descending("createdAt"), jobId);
    }
}
