package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.rest.dto.LogLine;
import com.code2asin.jobs.rest.dto.PageParams;
import com.code2asin.jobs.rest.dto.PageRequest;
import com.code2asin.jobs.rest.dto.Paged;
import com.code2asin.jobs.service.JobService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A job's log: {@code level} filter (error, warning, info), {@code skip}/{@code limit} or {@code page}/{@code per_page}. */
@Path("/api/v1/code2asin/jobs/{id}/logs")
@Produces(MediaType.APPLICATION_JSON)
public class JobLogResource {

    private final JobService jobService;
    private final CurrentTenant caller;

    JobLogResource(JobService jobService, CurrentTenant caller) {
        this.jobService = jobService;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "A job's log, oldest first, at most 200 lines a page")
    public Uni<Paged<LogLine>> logs(@PathParam("id") UUID id, @QueryParam("level") String level,
                                    @BeanParam PageParams paging) {
        LogLevel wanted = level == null ? null : LogLevel.parse(level);
        PageRequest request = paging.request(50, 200);
        return jobService.logPage(id, caller.id(), wanted, request.offset(), request.limit()).map(page -> new Paged<>(
                page.items().stream().map(LogLine::of).toList(), request.meta(page.total())));
    }
}
