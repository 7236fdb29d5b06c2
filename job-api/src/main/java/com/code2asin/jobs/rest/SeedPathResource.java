package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.rest.dto.ExportView;
import com.code2asin.jobs.rest.dto.ResultsPage;
import com.code2asin.jobs.service.ExportOrders;
import com.code2asin.model.event.ExportFormat;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The paths seeds 000 and 002 document beside the job resource ({@code POST /import}, {@code GET /results/{id}},
 * {@code POST /export/results/{id}}): the same operations, so an integration written against the seeds works
 * unchanged.
 */
@Path("/api/v1/code2asin")
@Tag(name = "seed paths")
public class SeedPathResource {

    /** How long the seed's export path waits for the file before answering 202 with where to find it. */
    private static final Duration EXPORT_WAIT = Duration.ofSeconds(30);

    private final JobResource jobs;
    private final ResultResource results;
    private final ExportResource exportFiles;
    private final ExportOrders orders;
    private final CurrentTenant caller;

    SeedPathResource(JobResource jobs, ResultResource results, ExportResource exportFiles, ExportOrders orders,
                     CurrentTenant caller) {
        this.jobs = jobs;
        this.results = results;
        this.exportFiles = exportFiles;
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Create a job from a file (seed 000's path); the same as POST /jobs")
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
    @Operation(summary = "Results of a job (seed 000's path); the same as GET /jobs/{id}/results")
    public Uni<ResultsPage> results(@PathParam("id") UUID id, @QueryParam("status") String status,
                                    @QueryParam("match_type") String matchType, @QueryParam("skip") Integer skip,
                                    @QueryParam("limit") Integer limit, @QueryParam("page") Integer page,
                                    @QueryParam("per_page") Integer perPage) {
        return results.results(id, status, matchType, skip, limit, page, perPage);
    }

    /**
     * Seed 002's export: asks for the export, then answers the file itself when export-service writes it within
     * 30 s (as {@code curl -o} expects), else 202 with the export's status URL.
     */
    @POST
    @Path("/export/results/{id}")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Blocking
    @Operation(summary = "Export a completed job's results (seed 002's path): format csv (default), json or excel; "
            + "the file when ready within 30 s, else 202 with the export's status")
    public Response export(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("include_unmatched") @DefaultValue("true") boolean includeUnmatched)
            throws Throwable {
        String tenant = caller.id();
        String user = caller.user();
        ExportFormat wanted = ExportResource.format(format);
        ExportFile export = VertxContextSupport.subscribeAndAwait(
                () -> orders.request(id, tenant, user, wanted, includeUnmatched));
        Instant deadline = Instant.now().plus(EXPORT_WAIT);
        while ("requested".equals(export.status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            UUID exportId = export.id;
            export = VertxContextSupport.subscribeAndAwait(() -> orders.find(id, exportId, tenant));
        }
        return "done".equals(export.status) ? exportFiles.stream(export)
                : Response.status("failed".equals(export.status) ? 502 : 202).type(MediaType.APPLICATION_JSON)
                        .entity(ExportView.of(export)).build();
    }
}
