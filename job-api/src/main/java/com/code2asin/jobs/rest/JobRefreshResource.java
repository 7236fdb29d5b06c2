package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.rest.dto.RefreshAnswer;
import com.code2asin.jobs.rest.dto.RefreshSchedule;
import com.code2asin.jobs.service.JobRefresh;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A completed job's codes looked up again for today's prices: now, or on a schedule. */
@Path("/api/v1/code2asin/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobRefreshResource {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,4})([dh])");

    private final JobRefresh refreshes;
    private final CurrentTenant caller;

    JobRefreshResource(JobRefresh refreshes, CurrentTenant caller) {
        this.refreshes = refreshes;
        this.caller = caller;
    }

    @POST
    @Path("/refresh")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Refresh a completed job: its codes looked up again for today's prices",
            description = "Identity comes from lookup-worker's cache; no images are asked again; items a person "
                    + "decided keep their ASIN. Each price further from the seller's own than "
                    + "job-api.price-alert-threshold-percent raises a price.alert.")
    public Uni<RefreshAnswer> refresh(@PathParam("id") UUID id) {
        return refreshes.refresh(id, caller.id(), caller.user()).map(RefreshAnswer::of);
    }

    @PUT
    @Path("/schedule")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Refresh the job on a schedule: every P7D (weekly) unless told otherwise, at least hourly")
    public Uni<RefreshSchedule> schedule(@PathParam("id") UUID id, RefreshSchedule.Request request) {
        Duration every = request == null || request.every() == null || request.every().isBlank() ? JobRefresh.WEEKLY
                : duration(request.every());
        return refreshes.schedule(id, caller.id(), every, caller.user()).map(RefreshSchedule::of);
    }

    @DELETE
    @Path("/schedule")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Stop refreshing the job on a schedule")
    @APIResponse(responseCode = "204", description = "No schedule any more")
    public Uni<Response> unschedule(@PathParam("id") UUID id) {
        return refreshes.unschedule(id, caller.id(), caller.user()).replaceWith(Response.noContent().build());
    }

    /** ISO-8601 (P7D, PT12H) or the short forms 7d and 12h. */
    static Duration duration(String written) {
        String text = written.strip().toLowerCase(Locale.ROOT);
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            long n = Long.parseLong(shortForm.group(1));
            return shortForm.group(2).equals("d") ? Duration.ofDays(n) : Duration.ofHours(n);
        }
        try {
            return Duration.parse(written.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new InvalidException("every '" + written + "' is not a duration: write it as P7D or PT12H "
                    + "(ISO-8601), or as 7d or 12h");
        }
    }
}
