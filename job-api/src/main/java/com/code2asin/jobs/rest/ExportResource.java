package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.rest.dto.ExportView;
import com.code2asin.jobs.rest.dto.Flag;
import com.code2asin.jobs.service.ExportOrders;
import com.code2asin.model.event.ExportFormat;
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
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * Exports of a job: asked for (export-service writes the file from the result snapshot), followed, and downloaded
 * ({@link ExportAnswers}).
 */
@Path("/api/v1/code2asin/jobs/{id}")
@Tag(name = "exports")
public class ExportResource {

    private final ExportOrders orders;
    private final ExportAnswers answers;
    private final CurrentTenant caller;

    ExportResource(ExportOrders orders, ExportAnswers answers, CurrentTenant caller) {
        this.orders = orders;
        this.answers = answers;
        this.caller = caller;
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

    private static final Pattern SELLER_ID = Pattern.compile("[A-Z0-9]{8,20}");

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
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "Download one export of the job")
    public RestMulti<byte[]> download(@PathParam("id") UUID id, @PathParam("exportId") UUID exportId) {
        return answers.answer(orders.finished(id, exportId, caller.id()));
    }

    @GET
    @Path("/download")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed("READ_CODE2ASIN")
    @APIResponse(responseCode = "202", description = "Reviewed since the XLSX was written: made again; follow status_url",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportView.class)))
    @Operation(summary = "Download the job's XLSX of every item (written when the job completed, made again after a "
            + "review)")
    public RestMulti<byte[]> latest(@PathParam("id") UUID id) {
        return answers.answer(orders.latestDefault(id, caller.id()));
    }

    static ExportFormat format(String name) {
        return ExportFormat.named(name).orElseThrow(() -> new InvalidException("format '" + name + "' is unknown; use "
                + "one of " + Arrays.stream(ExportFormat.values()).map(ExportFormat::value).toList() + " or excel"));
    }
}
