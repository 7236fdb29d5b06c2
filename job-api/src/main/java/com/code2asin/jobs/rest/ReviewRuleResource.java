package com.code2asin.jobs.rest;

import com.code2asin.jobs.rest.dto.PageParams;
import com.code2asin.jobs.rest.dto.PageRequest;
import com.code2asin.jobs.rest.dto.Paged;
import com.code2asin.jobs.rest.dto.RuleView;
import com.code2asin.jobs.service.ReviewRules;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The tenant's remembered review decisions: (code, ASIN, always or never), applied to later jobs. */
@Path("/api/v1/code2asin/review-rules")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewRuleResource {

    private final ReviewRules rules;
    private final CurrentTenant caller;

    ReviewRuleResource(ReviewRules rules, CurrentTenant caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "The tenant's remembered decisions, newest first")
    public Uni<Paged<RuleView>> list(@BeanParam PageParams paging) {
        PageRequest request = paging.request(50, 200);
        return rules.page(caller.id(), request.offset(), request.limit()).map(page -> new Paged<>(
                page.items().stream().map(RuleView::of).toList(), request.meta(page.total())));
    }

    @DELETE
    @Path("/{ruleId}")
    @RolesAllowed("DELETE_CODE2ASIN")
    @APIResponse(responseCode = "204", description = "Forgotten: later jobs decide this pair by themselves again")
    @Operation(summary = "Forget a remembered decision")
    public Uni<Response> forget(@PathParam("ruleId") UUID ruleId) {
        return rules.forget(ruleId, caller.id()).replaceWith(Response.noContent().build());
    }
}
