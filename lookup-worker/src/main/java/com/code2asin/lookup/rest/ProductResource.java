package com.code2asin.lookup.rest;

import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.model.Marketplace;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Validates an ASIN and fetches its product (validate, or fetch by ASIN). */
@Path("/api/v1/code2asin/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    /** Every ASIN: exactly 10 letters or digits (B0 and 8 more, or a book's ISBN-10). */
    private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");

    private final Instance<CatalogProvider> providers;
    private final QuotaSpending spending;

    ProductResource(Instance<CatalogProvider> providers, QuotaSpending spending) {
        this.providers = providers;
        this.spending = spending;
    }

    @GET
    @Path("/{asin}")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "Validate an ASIN and fetch its product on one marketplace",
            description = "Example: GET /api/v1/code2asin/products/B00KWB94LS?marketplace=FR. 404 when the "
                    + "marketplace does not know the ASIN. Limited per tenant with single lookups "
                    + "(lookup-worker.single-lookups.rate / .burst): over it, 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The product as the provider describes it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "429", description = "Over the tenant's limit; come back after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<ProductView> product(
            @Parameter(description = "10 letters or digits", example = "B00KWB94LS") @RestPath String asin,
            @Parameter(description = "FR, DE, IT, ES, UK, US...", example = "FR") @RestQuery @DefaultValue("FR")
            String marketplace,
            @Parameter(description = "sp-api or creators", example = "sp-api") @RestQuery @DefaultValue("sp-api")
            String provider) {
        String wanted = asin.strip().toUpperCase(Locale.ROOT);
        if (!ASIN.matcher(wanted).matches()) {
            throw Problems.badRequest("'" + (asin.length() <= 24 ? asin : asin.substring(0, 24) + "...") + "' is "
                    + "not an ASIN: an ASIN is exactly 10 letters or digits (A-Z, 0-9), such as B00KWB94LS");
        }
        Marketplace market = Choices.marketplace(marketplace);
        CatalogProvider chosen = Choices.provider(providers, provider);
        spending.take();
        return chosen.byAsin(market, wanted).map(found -> found
                .map(product -> ProductView.of(product, market.name(), provider))
                .orElseThrow(() -> Problems.notFound("ASIN " + wanted + " is not in the " + market.name()
                        + " catalog (" + provider + "): check it, or try another marketplace")));
    }
}
