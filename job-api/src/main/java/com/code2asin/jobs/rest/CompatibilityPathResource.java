package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.rest.dto.ExportView;
import com.code2asin.jobs.rest.dto.JobCreated;
import com.code2asin.jobs.rest.dto.Flag;
import com.code2asin.jobs.rest.dto.PageParams;
import com.code2asin.jobs.rest.dto.ResultsPage;
import com.code2asin.jobs.service.ExportOrders;
import com.code2asin.model.event.ExportFormat;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The compatibility paths beside the job resource (docs/design.md) ({@code POST /import}, {@code GET /results/{id}},
 * {@code POST /export/results/{id}}): the same operations, so an integration written against them works
 * unchanged.
 */
@Path("/api/v1/code2asin")
@Tag(name = "compatibility paths")
public class CompatibilityPathResource {

    private final JobResource jobs;
    private final ResultResource results;
    private final ExportOrders orders;
    private final ExportAnswers answers;
    private final CurrentTenant caller;
    private final Duration exportWait;

    CompatibilityPathResource(JobResource jobs, ResultResource results, ExportOrders orders, ExportAnswers answers,
                     CurrentTenant caller, JobApiConfig config) {
        this.jobs = jobs;
        this.results = results;
        this.orders = orders;
        this.answers = answers;
        this.caller = caller;
        this.exportWait = config.compatibilityExportWait();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("WRITE_CODE2ASIN")
    @APIResponse(responseCode = "201", description = "The job, pending, with its codes stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobCreated.class)))
    @Operation(summary = "Create a job from a file (compatibility path); the same as POST /jobs")
    public Uni<Response> importFile(@RestForm("file") FileUpload file, @RestForm("name") String name,
                                    @RestForm("supplier_code") String supplierCode,
                                    @RestForm("use_amazon_api") Boolean useAmazonApi,
                                    @RestForm("options") String options) {
        return jobs.upload(file, name, supplierCode, useAmazonApi, options);
    }

    @GET
    @Path("/results/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "Results of a job (compatibility path); the same as GET /jobs/{id}/results")
    public Uni<ResultsPage> results(@PathParam("id") UUID id, @QueryParam("status") String status,
                                    @QueryParam("match_type") String matchType, @BeanParam PageParams paging) {
        return results.results(id, status, matchType, paging);
    }

    /**
     * The compatibility export: asks for the export, then answers the file itself when export-service writes it
     * within {@code job-api.compatibility-export-wait} (30 s; as {@code curl -o} expects), else 202 with the export's
     * status URL in Location. The wait is a timer and the file is streamed a chunk at a time: no thread is held while
     * waiting.
     */
    @POST
    @Path("/export/results/{id}")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(responseCode = "200", description = "The file, when export-service wrote it within 30 s")
    @APIResponse(responseCode = "202", description = "Not written within 30 s; follow status_url (also in Location)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @APIResponse(responseCode = "502", description = "export-service could not write the file; why is in error",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @Operation(summary = "Export a completed job's results (compatibility path): format csv (default), json or excel; "
            + "the file when ready within 30 s, else 202 with the export's status")
    public RestMulti<byte[]> export(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("csv") String format,
                                    @QueryParam("include_unmatched") @Parameter(schema = @Schema(
                                            type = SchemaType.BOOLEAN, defaultValue = "true"))
                                    String includeUnmatched,
                                    @QueryParam("seller_id") @Parameter(description = "For listings_json: the "
                                            + "seller's Amazon merchant token") String sellerId) {
        String tenant = caller.id();
        ExportFormat wanted = ExportResource.format(format);
        boolean unmatched = Flag.of("include_unmatched", includeUnmatched, true);
        Uni<ExportFile> answered = orders.request(id, tenant, caller.user(), wanted, unmatched,
                        ExportResource.sellerId(wanted, sellerId))
                .chain(export -> orders.answered(export, tenant, exportWait));
        return answers.answer(answered);
    }
}
