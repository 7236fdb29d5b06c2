package com.code2asin.lookup.rest;

import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.Marketplace;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Amazon connection as the seeds' {@code /api/v1/amazon} router offers it: the configuration in force (secrets
 * masked; it is changed through the environment / Kubernetes secrets, not over HTTP) and a connection test.
 */
@Path("/api/v1/amazon")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    /** A real, common EAN (Nutella 400 g): asking for it proves the token and the catalog call both work. */
    private static final String PROBE = "03017620422003";

    private final Instance<CatalogProvider> providers;
    private final LookupConfig config;
    private final QuotaSpending spending;

    ProviderResource(Instance<CatalogProvider> providers, LookupConfig config, QuotaSpending spending) {
        this.providers = providers;
        this.config = config;
        this.spending = spending;
    }

    @GET
    @Path("/config")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "The providers' configuration in force, secrets masked")
    public Map<String, Object> configuration() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("providers", providers.stream().map(CatalogProvider::settings).toList());
        answer.put("marketplaces", Arrays.stream(Marketplace.values()).map(Enum::name).toList());
        answer.put("cache", Map.of("identity_ttl", config.cache().identityTtl().toString(),
                "offer_ttl", config.cache().offerTtl().toString(),
                "not_found_ttl", config.cache().notFoundTtl().toString()));
        return answer;
    }

    @POST
    @Path("/test")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Test the connection: obtain a token and make one catalog call (costs one quota slot)",
            description = "Limited per tenant with single lookups (lookup-worker.single-lookups.rate / .burst): over "
                    + "it, 429 with Retry-After.")
    @APIResponse(responseCode = "200", description = "Whether a token and one catalog call worked, and if not, why",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConnectionTest.class)))
    @APIResponse(responseCode = "429", description = "Over the tenant's limit; come back after Retry-After seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<ConnectionTest> test(
            @Parameter(description = "sp-api or creators", example = "sp-api") @RestQuery @DefaultValue("sp-api")
            String provider,
            @Parameter(description = "FR, DE, IT, ES, UK, US...", example = "FR") @RestQuery @DefaultValue("FR")
            String marketplace) {
        Marketplace market = Choices.marketplace(marketplace);
        CatalogProvider chosen = Choices.provider(providers, provider);
        spending.take();
        long started = System.nanoTime();
        return chosen.search(market, List.of(PROBE))
                .map(found -> new ConnectionTest(true, provider, market.name(), since(started), null, null))
                .onFailure(ProviderException.class).recoverWithItem(e -> new ConnectionTest(false, provider,
                        market.name(), since(started), ((ProviderException) e).category(), e.getMessage()));
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
