package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.ItemChangeEntry;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.domain.ResultLine;
import com.code2asin.jobs.repository.ItemChangeRepository;
import com.code2asin.jobs.repository.ResultReader;
import com.code2asin.jobs.repository.ResultReader.JobCounts;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A job's results as the tenant reads them: pages with the job's counts, and one item's change log. */
@ApplicationScoped
public class ResultPages {

    /** One page of results, the job's status and figures, and how many results the filters select. */
    public record ResultPage(JobCounts job, List<ResultLine> lines, long total) {
    }

    private final ResultReader reader;
    private final ItemChangeRepository changes;

    ResultPages(ResultReader reader, ItemChangeRepository changes) {
        this.reader = reader;
        this.changes = changes;
    }

    /** Null filters select every result; an unfiltered page is one read, in file order. */
    public Uni<ResultPage> page(UUID jobId, String tenant, ItemStatus status, MatchType type, int offset, int limit) {
        if (status == null && type == null) {
            return reader.countedPage(jobId, tenant, offset, limit).map(page -> {
                if (page == null) {
                    throw NotFoundException.job(jobId);
                }
                return new ResultPage(page.job(), page.lines(), page.job().tally().total);
            });
        }
        return reader.counts(jobId, tenant).flatMap(job -> {
            if (job == null) {
                throw NotFoundException.job(jobId);
            }
            return reader.page(jobId, status, type, offset, limit)
                    .flatMap(lines -> total(job.tally(), status, type).map(total -> new ResultPage(job, lines, total)));
        });
    }

    /** The item's change log, oldest first. */
    public Uni<List<ItemChangeEntry>> history(UUID jobId, UUID itemId, String tenant) {
        return changes.history(jobId, itemId, tenant).map(entries -> entries.orElseThrow(() ->
                NotFoundException.result(jobId, itemId)));
    }

    /** The tally knows the count of one filter; both together are counted. */
    private Uni<Long> total(JobTally tally, ItemStatus status, MatchType type) {
        if (status != null && type != null) {
            return reader.count(tally.jobId, status, type);
        }
        return Uni.createFrom().item(status != null ? tally.count(status) : type != null ? tally.count(type)
                : tally.total);
    }
}
