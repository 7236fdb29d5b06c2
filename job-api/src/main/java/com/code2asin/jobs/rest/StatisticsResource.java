package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.domain.JobTally;
import com.code2asin.jobs.rest.dto.WholeNumber;
import com.code2asin.jobs.service.Statistics;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The tenant's global statistics and its error statistics, with the statistics pages' figures. */
@Path("/api/v1/code2asin")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** What each category means and does, in the words of the job pages. */
    static final Map<ErrorCategory, String> DESCRIPTIONS = Map.of(
            ErrorCategory.NETWORK, "Network/connectivity errors (temporary, should retry)",
            ErrorCategory.API_RATE_LIMIT, "API rate limit exceeded (temporary, retry with backoff)",
            ErrorCategory.INVALID_DATA, "Invalid ASIN/product data (permanent, don't retry)",
            ErrorCategory.AUTH, "Amazon refused the credentials (fix the account settings, then retry the job)",
            ErrorCategory.UNKNOWN, "Unknown error (retry with caution)");

    private final Statistics statistics;
    private final CurrentTenant caller;

    StatisticsResource(Statistics statistics, CurrentTenant caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("/statistics")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "The tenant's jobs by status, codes by result, match rate and average confidence")
    public Uni<Map<String, Object>> statistics() {
        return statistics.overview(caller.id()).map(overview -> {
            Map<JobStatus, Long> jobs = overview.jobs();
            JobTally items = overview.codes();
            long lookedUp = items.total - items.invalid;
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("total_jobs", jobs.values().stream().mapToLong(Long::longValue).sum());
            answer.put("completed_jobs", jobs.getOrDefault(JobStatus.COMPLETED, 0L));
            answer.put("failed_jobs", jobs.getOrDefault(JobStatus.FAILED, 0L));
            answer.put("running_jobs", jobs.getOrDefault(JobStatus.PROCESSING, 0L));
            answer.put("total_products_matched", items.withAsin);
            answer.put("match_rate", lookedUp == 0 ? null : Math.round(items.withAsin * 1000.0 / lookedUp) / 1000.0);
            answer.put("average_confidence", items.figures().avgConfidence());
            answer.put("jobs", counts(JobStatus.values(), jobs, JobStatus::value));
            answer.put("codes", counts(ItemStatus.values(), items.byStatus(), ItemStatus::value));
            answer.put("total_codes", items.total);
            return answer;
        });
    }

    @GET
    @Path("/stats/errors")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "Codes in error over the last days, by category, with the automatic retry schedule")
    public Uni<Map<String, Object>> errors(@QueryParam("days") @Parameter(description = "1 to 365, default 7",
            schema = @Schema(type = SchemaType.INTEGER)) String daysBack) {
        int days = WholeNumber.of("days", daysBack, 7, 1, 365);
        Instant since = Instant.now().minus(Duration.ofDays(days));
        return statistics.errorsSince(caller.id(), since).map(errors -> {
            Map<ErrorCategory, Long> byCategory = errors.byCategory();
            long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Object> breakdown = new LinkedHashMap<>();
            for (ErrorCategory category : ErrorCategory.values()) {
                long count = byCategory.getOrDefault(category, 0L);
                breakdown.put(category.value(), Map.of("count", count,
                        "percentage", total == 0 ? 0.0 : Math.round(count * 1000.0 / total) / 10.0,
                        "description", DESCRIPTIONS.get(category)));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("period_days", days);
            answer.put("since", since);
            answer.put("total_errors", total);
            answer.put("error_breakdown", breakdown);
            answer.put("retryable", byCategory.entrySet().stream().filter(e -> e.getKey().retryable())
                    .mapToLong(Map.Entry::getValue).sum());
            answer.put("retry_backoff_schedule", errors.retrySchedule().stream().map(Duration::toMinutes).toList());
            answer.put("max_retries", errors.retrySchedule().size());
            return answer;
        });
    }

    /** Every key with its count, zeros included, so a client sees the whole breakdown. */
    private static <K> Map<String, Long> counts(K[] keys, Map<K, Long> counted,
                                                java.util.function.Function<K, String> name) {
        Map<String, Long> all = new LinkedHashMap<>();
        Arrays.stream(keys).forEach(k -> all.put(name.apply(k), counted.getOrDefault(k, 0L)));
        return all;
    }
}
