package com.code2asin.jobs.rest;

import com.code2asin.jobs.rest.dto.ReviewDecision;
import com.code2asin.jobs.service.ReviewService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Review of one result: accept its ASIN or another candidate, or reject it. */
@Path("/api/v1/code2asin/jobs/{id}/results/{itemId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final CurrentTenant caller;

    ReviewResource(ReviewService reviews, CurrentTenant caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @POST
    @Path("/accept")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Accept the result's ASIN, or another candidate with {\"asin\": \"B0...\"}; remembered")
    public Uni<ReviewDecision> accept(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                                      @RequestBody(required = false) ReviewDecision.Body body) {
        return reviews.accept(id, itemId, caller.id(), caller.user(), body == null ? null : body.asin())
                .map(ReviewDecision::of);
    }

    @POST
    @Path("/reject")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Reject the result's ASIN (or the one named); remembered as never for this code")
    public Uni<ReviewDecision> reject(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                                      @RequestBody(required = false) ReviewDecision.Body body) {
        return reviews.reject(id, itemId, caller.id(), caller.user(), body == null ? null : body.asin())
                .map(ReviewDecision::of);
    }
}
