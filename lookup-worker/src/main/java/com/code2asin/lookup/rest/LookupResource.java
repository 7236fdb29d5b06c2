package com.code2asin.lookup.rest;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** "Search one product": one code looked up at once, through the same provider, quota and cache as jobs. */
@Path("/api/v1/code2asin/lookup")
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {

    private final LookupService lookups;
    private final QuotaSpending spending;
    private final double confidenceThreshold;

    LookupResource(LookupService lookups, QuotaSpending spending, LookupConfig config) {
        this.lookups = lookups;
        this.spending = spending;
        this.confidenceThreshold = config.singleLookups().confidenceThreshold();
    }

    @GET
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "Look one code up on one marketplace",
            description = "Example: GET /api/v1/code2asin/lookup?code=3017620422003&marketplace=FR. Limited per tenant "
                    + "(lookup-worker.single-lookups.rate / .burst): over it, 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The code as understood and what the provider found for it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SingleLookup.class)))
    @APIResponse(responseCode = "429", description = "Over the tenant's limit; come back after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<SingleLookup> lookup(
            @Parameter(description = "EAN, UPC, GTIN, ISBN or JAN", example = "3017620422003") @RestQuery String code,
            @Parameter(description = "FR, DE, IT, ES, UK, US...", example = "FR") @RestQuery @DefaultValue("FR")
            String marketplace,
            @Parameter(description = "sp-api or creators", example = "sp-api") @RestQuery @DefaultValue("sp-api")
            String provider) {
        ParsedCode parsed = CodeParser.parse(code == null ? "" : code);
        if (!parsed.isValid()) {
            throw Problems.badRequest("code '" + code + "': " + parsed.error());
        }
        Marketplace market = Choices.marketplace(marketplace);
        if (!lookups.knows(provider)) {
            throw Problems.badRequest("unknown provider '" + provider + "'; use one of " + lookups.providerNames());
        }
        String tenant = spending.tenant(); // before the limit: a token without one is refused, not counted
        spending.take();
        LookupItem item = new LookupItem(UUID.randomUUID(), parsed.input(), parsed.gtin14(), parsed.type().label(),
                null, null);
        // no image is downloaded, so there is no image mode
        LookupRequested one = new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), tenant,
                market, provider, true, confidenceThreshold, false, 0, null, List.of(item), List.of(), true);
        return lookups.lookup(one).map(done -> answer(parsed, market, provider, done.items().get(0)));
    }

    private static SingleLookup answer(ParsedCode code, Marketplace marketplace, String provider, ItemResult r) {
        return new SingleLookup(code.input(), code.gtin14(), code.type().label(), marketplace.name(), provider,
                r.status(), r.chosen(), r.matchType(), r.confidence(), r.fromCache(), r.errorCategory(), r.error(),
                r.ms(), r.candidates());
    }
}
