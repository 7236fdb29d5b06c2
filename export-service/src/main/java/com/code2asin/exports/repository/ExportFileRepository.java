package com.code2asin.exports.repository;

import com.code2asin.exports.domain.ExportFile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ExportFileRepository implements PanacheRepositoryBase<ExportFile, UUID> {

    /** The export with this id, or null. */
    @WithSession
    public Uni<ExportFile> findExport(UUID exportId) {
        return findById(exportId);
    }
}
