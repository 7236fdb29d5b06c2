package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobAction;
import com.code2asin.jobs.domain.JobStatus;
import com.code2asin.jobs.rest.dto.Flag;
import com.code2asin.jobs.rest.dto.JobCreated;
import com.code2asin.jobs.rest.dto.JobDetail;
import com.code2asin.jobs.rest.dto.JobRequest;
import com.code2asin.jobs.rest.dto.JobState;
import com.code2asin.jobs.rest.dto.JobView;
import com.code2asin.jobs.rest.dto.PageParams;
import com.code2asin.jobs.rest.dto.PageRequest;
import com.code2asin.jobs.rest.dto.Paged;
import com.code2asin.jobs.rest.dto.RetryAnswer;
import com.code2asin.jobs.service.JobCreation;
import com.code2asin.jobs.service.JobDeletion;
import com.code2asin.jobs.service.JobRetry;
import com.code2asin.jobs.service.JobService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Jobs: create from an uploaded file, list, detail, and the life-cycle actions. */
@Path("/api/v1/code2asin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {

    private final JobService jobService;
    private final JobIntake intake;
    private final CurrentTenant caller;
    private final JobRetry retries;
    private final JobDeletion deletions;
    private final JobCreation creation;

    JobResource(JobService jobService, JobIntake intake, CurrentTenant caller, JobRetry retries,
                JobDeletion deletions, JobCreation creation) {
        this.creation = creation;
        this.retries = retries;
        this.deletions = deletions;
        this.jobService = jobService;
        this.intake = intake;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("WRITE_CODE2ASIN")
    @APIResponse(responseCode = "201", description = "The job, pending, with its codes stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobCreated.class)))
    @Operation(summary = "Create a job from a file of codes (CSV, TSV, TXT, XLSX or XLS, up to 100 MB)")
    public Uni<Response> upload(@RestForm("file") FileUpload file, @RestForm("name") String name,
                                @RestForm("supplier_code") String supplierCode,
                                @RestForm("use_amazon_api") Boolean useAmazonApi,
                                @RestForm("options") String options) {
        return creation.create(caller.id(), caller.user(), intake.read(file, name, supplierCode, useAmazonApi, options))
                .map(JobResource::created);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("WRITE_CODE2ASIN")
    @APIResponse(responseCode = "201", description = "The job, pending, with its codes stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobCreated.class)))
    @Operation(summary = "Create a job from a JSON list of codes",
            description = "Example: {\"name\": \"January\", \"items\": [{\"code\": \"3017620422003\", \"name\": "
                    + "\"Nutella 400 g\"}], \"auto_match\": true, \"confidence_threshold\": 0.85, "
                    + "\"marketplaces\": [\"FR\"], \"provider\": \"sp-api\"}")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRequest.class)))
    public Uni<Response> createFromJson(byte[] body) throws java.io.IOException {
        return creation.create(caller.id(), caller.user(), intake.read(body)).map(JobResource::created);
    }

    private static Response created(Job job) {
        return Response.status(Response.Status.CREATED).entity(JobCreated.of(job)).build();
    }

    @GET
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "List the tenant's jobs, newest first")
    public Uni<Paged<JobView>> list(@QueryParam("status") String status, @BeanParam PageParams paging) {
        JobStatus filter = status == null ? null : JobStatus.parse(status);
        PageRequest request = paging.request(20, 200);
        return jobService.page(caller.id(), filter, request.offset(), request.limit()).map(page -> new Paged<>(
                page.items().stream().map(j -> JobView.from(j.job(), j.tally())).toList(), request.meta(page.total())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "A job with its eight figures, progress, timeline and exports")
    public Uni<JobDetail> detail(@PathParam("id") UUID id) {
        return jobService.overview(id, caller.id()).map(JobDetail::of);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Start a pending job (409 naming the state otherwise)")
    public Uni<JobState> start(@PathParam("id") UUID id) {
        return act(id, JobAction.START);
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Pause a processing job: batches already sent finish, none are sent after (409 otherwise)")
    public Uni<JobState> pause(@PathParam("id") UUID id) {
        return act(id, JobAction.PAUSE);
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Resume a paused job (409 otherwise)")
    public Uni<JobState> resume(@PathParam("id") UUID id) {
        return act(id, JobAction.RESUME);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Cancel a pending, processing or paused job (409 otherwise)")
    public Uni<JobState> cancel(@PathParam("id") UUID id) {
        return act(id, JobAction.CANCEL);
    }

    private Uni<JobState> act(UUID id, JobAction action) {
        return jobService.act(id, caller.id(), action, caller.user()).map(job -> new JobState(job.id, job.status.value()));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Retry a failed or cancelled job",
            description = "Looks up again the codes never answered or failed for a reason that may pass; counts the "
                    + "retry (409 past max_retries). reset_retry_counter=true starts the count again.")
    public Uni<RetryAnswer> retry(@PathParam("id") UUID id,
                                  @RestQuery("reset_retry_counter") @Parameter(schema = @Schema(
                                          type = SchemaType.BOOLEAN, defaultValue = "false")) String resetCounter) {
        boolean reset = Flag.of("reset_retry_counter", resetCounter, false);
        return retries.retry(id, caller.id(), caller.user(), reset).map(RetryAnswer::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("DELETE_CODE2ASIN")
    @APIResponse(responseCode = "204", description = "Deleted with its items, logs and exports")
    @Operation(summary = "Delete a job that is not processing, with its items, logs and exports")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return deletions.delete(id, caller.id(), caller.user()).replaceWith(Response.noContent().build());
    }
}
