package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.repository.ReviewRuleRepository;
import com.code2asin.jobs.rest.dto.PageParams;
import com.code2asin.jobs.rest.dto.PageRequest;
import com.code2asin.jobs.rest.dto.Paged;
import com.code2asin.jobs.rest.dto.RuleView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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

    private final ReviewRuleRepository rules;
    private final CurrentTenant caller;

    ReviewRuleResource(ReviewRuleRepository rules, CurrentTenant caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("READ_CODE2ASIN")
    @WithSession
    @Operation(summary = "The tenant's remembered decisions, newest first")
    public Uni<Paged<RuleView>> list(@BeanParam PageParams paging) {
        PageRequest request = paging.request(50, 200);
        String tenant = caller.id();
        return rules.page(tenant, request.offset(), request.limit()).flatMap(list -> rules.count(tenant)
                .map(total -> new Paged<>(list.stream().map(RuleView::of).toList(), request.meta(total))));
    }

    @DELETE
    @Path("/{ruleId}")
    @RolesAllowed("DELETE_CODE2ASIN")
    @WithTransaction
    @APIResponse(responseCode = "204", description = "Forgotten: later jobs decide this pair by themselves again")
    @Operation(summary = "Forget a remembered decision")
    public Uni<Response> forget(@PathParam("ruleId") UUID ruleId) {
        return rules.deleteOwned(ruleId, caller.id()).map(found -> {
            if (!found) {
                throw new NotFoundException("review rule " + ruleId + " not found");
            }
            return Response.noContent().build();
        });
    }
}
