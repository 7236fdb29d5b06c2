package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.ExportFileRepository;
import com.code2asin.jobs.rest.dto.ExportView;
import com.code2asin.jobs.rest.dto.Flag;
import com.code2asin.jobs.service.ExportOrders;
import com.code2asin.jobs.service.JobService;
import com.code2asin.model.event.ExportFormat;
import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exports of a job: asked for (export-service writes the file from the result snapshot), followed, and downloaded,
 * streamed from S3 through job-api (clients never need access to the bucket).
 */
@Path("/api/v1/code2asin/jobs/{id}")
@Tag(name = "exports")
public class ExportResource {

    private final JobService jobService;
    private final ExportFileRepository exports;
    private final ExportOrders orders;
    private final CurrentTenant caller;
    private final MinioClient minio;
    private final String bucket;

    ExportResource(JobService jobService, ExportFileRepository exports, ExportOrders orders, CurrentTenant caller,
                   MinioClient minio, JobApiConfig config) {
        this.jobService = jobService;
        this.exports = exports;
        this.orders = orders;
        this.caller = caller;
        this.minio = minio;
        this.bucket = config.bucket();
    }

    @POST
    @Path("/exports")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("WRITE_CODE2ASIN")
    @APIResponse(responseCode = "202", description = "The export, asked for; follow status_url",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @Operation(summary = "Ask for an export of a completed job: format csv, json, xlsx (or excel), or an Amazon "
            + "listing file, listings_json (JSON_LISTINGS_FEED documents) or inventory_loader (Seller Central's "
            + "tab-separated file), both ZIPs that list the items they could not offer and why (listings_json needs "
            + "seller_id); "
            + "202 with its status URL, the file follows at download_url once done (409 while the job is not "
            + "completed)")
    public Uni<Response> request(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("csv") String format,
                                 @QueryParam("include_unmatched") @Parameter(schema = @Schema(
                                         type = SchemaType.BOOLEAN, defaultValue = "true")) String includeUnmatched,
                                 @QueryParam("seller_id") @Parameter(description = "The seller's Amazon merchant "
                                         + "token (Seller Central, Settings, Account Info): for listings_json only") String sellerId) {
        boolean unmatched = Flag.of("include_unmatched", includeUnmatched, true);
        ExportFormat wanted = format(format);
        return orders.request(id, caller.id(), caller.user(), wanted, unmatched, sellerId(wanted, sellerId))
                .map(export -> Response.accepted(ExportView.of(export)).build());
    }

    private static final java.util.regex.Pattern SELLER_ID = java.util.regex.Pattern.compile("[A-Z0-9]{8,20}");

    /** A JSON listings feed names the seller it is for; the other formats have no use for one. */
    static String sellerId(ExportFormat format, String sellerId) {
        String given = sellerId == null || sellerId.isBlank() ? null : sellerId.strip();
        if (format != ExportFormat.LISTINGS_JSON) {
            if (given != null) {
                throw new InvalidException("seller_id is for format listings_json only, not " + format.value());
            }
            return null;
        }
        if (given == null || !SELLER_ID.matcher(given).matches()) {
            throw new InvalidException("format " + format.value() + " needs seller_id, the seller's Amazon merchant "
                    + "token (8 to 20 capital letters and digits, as in Seller Central: Settings, Account Info, "
                    + "Merchant Token)" + (given == null ? "" : "; '" + given + "' is not one"));
        }
        return given;
    }

    @GET
    @Path("/exports/{exportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "One export of the job: requested, done (with download_url) or failed (with error)")
    public Uni<ExportView> status(@PathParam("id") UUID id, @PathParam("exportId") UUID exportId) {
        return orders.find(id, exportId, caller.id()).map(ExportView::of);
    }

    @GET
    @Path("/exports/{exportId}/download")
    @RolesAllowed("READ_CODE2ASIN")
    @Blocking
    @Operation(summary = "Download one export of the job")
    public Response download(@PathParam("id") UUID id, @PathParam("exportId") UUID exportId) throws Throwable {
        return stream(find(id, exportId));
    }

    @GET
    @Path("/download")
    @RolesAllowed("READ_CODE2ASIN")
    @Blocking
    @APIResponse(responseCode = "202", description = "Reviewed since the XLSX was written: made again; follow status_url",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @Operation(summary = "Download the job's XLSX of every item (written when the job completed, made again after a "
            + "review)")
    public Response latest(@PathParam("id") UUID id) throws Throwable {
        ExportFile file = VertxContextSupport.subscribeAndAwait(() -> orders.latestDefault(id, caller.id()));
        if ("done".equals(file.status)) {
            return stream(file);
        }
        ExportView view = ExportView.of(file); // made again after a review: follow it until written
        return Response.accepted(view).type(MediaType.APPLICATION_JSON).location(URI.create(view.statusUrl())).build();
    }

    static ExportFormat format(String name) {
        return ExportFormat.named(name).orElseThrow(() -> new InvalidException("format '" + name + "' is unknown; use "
                + "one of " + Arrays.stream(ExportFormat.values()).map(ExportFormat::value).toList() + " or excel"));
    }

    /** The finished export of this tenant's job; runs the reactive queries from this worker thread and waits. */
    ExportFile find(UUID jobId, UUID exportId) throws Throwable {
        String tenant = caller.id();
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> jobService.get(jobId, tenant)
                .flatMap(job -> exports.forJob(jobId))
                .map(files -> files.stream()
                        .filter(f -> "done".equals(f.status) && f.id.equals(exportId))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("export " + exportId + " of job " + jobId
                                + " is not finished (or not found): see GET /api/v1/code2asin/jobs/" + jobId
                                + "/exports/" + exportId)))));
    }

    Response stream(ExportFile file) {
        StreamingOutput body = out -> {
            try (InputStream in = minio.getObject(GetObjectArgs.builder().bucket(bucket).object(file.objectKey)
                    .build())) {
                in.transferTo(out);
            } catch (java.io.IOException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException("export object unavailable: " + e.getMessage(), e);
            }
        };
        return Response.ok(body, contentType(file)).header("Content-Disposition", disposition(file)).build();
    }

    static String contentType(ExportFile file) {
        return ExportFormat.named(file.format).map(ExportFormat::contentType).orElse("application/octet-stream");
    }

    static String disposition(ExportFile file) {
        String extension = ExportFormat.named(file.format).map(ExportFormat::extension).orElse(file.format);
        String name = ExportFormat.named(file.format).filter(ExportFormat::isAmazonListing)
                .map(f -> "-" + f.value().replace('_', '-')).orElse("");
        return "attachment; filename=\"code2asin-" + file.jobId + name + "." + extension + "\"";
    }
}
