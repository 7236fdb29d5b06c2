package com.code2asin.lookup.rest;

import com.code2asin.lookup.account.TenantAccounts;
import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.lookup.domain.Secrets;
import com.code2asin.model.Marketplace;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
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
 * masked; the platform's is changed through the environment / Kubernetes secrets), the caller's tenant's own account
 * (stored sealed, never shown), and a connection test with the account the tenant's lookups use.
 */
@Path("/api/v1/amazon")
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    /** A real, common EAN (Nutella 400 g): asking for it proves the token and the catalog call both work. */
    private static final String PROBE = "03017620422003";

    private final Instance<CatalogProvider> providers;
    private final LookupConfig config;
    private static final int MAX_REFRESH_TOKEN = 2048;

    private final QuotaSpending spending;
    private final TenantAccounts accounts;
    private final SecurityIdentity caller;

    ProviderResource(Instance<CatalogProvider> providers, LookupConfig config, QuotaSpending spending,
                     TenantAccounts accounts, SecurityIdentity caller) {
        this.providers = providers;
        this.config = config;
        this.spending = spending;
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Path("/config")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "The providers' configuration in force, secrets masked")
    public Uni<Map<String, Object>> configuration() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("providers", providers.stream().map(CatalogProvider::settings).toList());
        answer.put("marketplaces", Arrays.stream(Marketplace.values()).map(Enum::name).toList());
        answer.put("cache", Map.of("identity_ttl", config.cache().identityTtl().toString(),
                "offer_ttl", config.cache().offerTtl().toString(),
                "not_found_ttl", config.cache().notFoundTtl().toString()));
        String tenant = spending.tenant();
        return accounts.find(tenant).map(found -> {
            answer.put("account", found.map(a -> view(tenant, a)).orElseGet(() -> new AmazonAccount.View(tenant,
                    accounts.platformFallback() ? "platform" : "none", null, null, null, null)));
            return answer;
        });
    }

    @PUT
    @Path("/config")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Store the tenant's own SP-API account: its seller's refresh token, sealed at rest",
            description = "The tenant's lookups and connection tests use it from then on (other replicas within "
                    + "lookup-worker.accounts.cache-ttl), with quota buckets and a daily cap of their own.")
    @APIResponse(responseCode = "200", description = "Stored; the token itself is never shown again",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AmazonAccount.View.class)))
    @APIResponse(responseCode = "400", description = "No refresh token, or not one LWA issues",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "This deployment has no key to seal accounts with",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<AmazonAccount.View> storeAccount(AmazonAccount.Request request) {
        String tenant = ownTenant();
        String token = request == null || request.spApi() == null ? null : request.spApi().refreshToken();
        if (token == null || token.isBlank()) {
            throw Problems.badRequest("sp_api.refresh_token is required: the Atzr|... token the seller's "
                    + "authorisation of the app gave");
        }
        token = token.strip();
        if (!token.startsWith("Atzr|") || token.length() > MAX_REFRESH_TOKEN || token.chars().anyMatch(c -> c < 0x21)) {
            throw Problems.badRequest("sp_api.refresh_token is not a Login with Amazon refresh token: one starts "
                    + "with 'Atzr|', holds no spaces and is at most " + MAX_REFRESH_TOKEN + " characters");
        }
        if (!accounts.enabled()) {
            throw Problems.unavailable(TenantAccounts.OFF);
        }
        return accounts.store(tenant, token, caller.getPrincipal().getName()).map(a -> view(tenant, a));
    }

    @DELETE
    @Path("/config")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Forget the tenant's own account: its lookups use the platform's, if allowed")
    @APIResponse(responseCode = "204", description = "Forgotten (or there was none)")
    public Uni<Void> removeAccount() {
        return accounts.remove(ownTenant()).replaceWithVoid();
    }

    private String ownTenant() {
        String tenant = spending.tenant();
        if ("unknown".equals(tenant)) {
            throw Problems.forbidden("your token names no tenant (claim 'tenant'): an Amazon account belongs to one");
        }
        return tenant;
    }

    private static AmazonAccount.View view(String tenant, TenantAccounts.SpApiAccount account) {
        return new AmazonAccount.View(tenant, "own", Secrets.hidden(account.refreshToken()),
                Secrets.fingerprint(account.refreshToken().getBytes(StandardCharsets.UTF_8)), account.updatedAt(),
                account.updatedBy());
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
        return chosen.forTenant(spending.tenant()).chain(account -> account.search(market, List.of(PROBE)))
                .map(found -> new ConnectionTest(true, provider, market.name(), since(started), null, null))
                .onFailure(ProviderException.class).recoverWithItem(e -> new ConnectionTest(false, provider,
                        market.name(), since(started), ((ProviderException) e).category(), e.getMessage()));
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
