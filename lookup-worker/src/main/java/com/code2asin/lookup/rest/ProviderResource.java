package com.code2asin.lookup.rest;

import com.code2asin.lookup.account.TenantAccounts;
import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.provider.creators.CredentialVersion;
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
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Amazon connection on {@code /api/v1/amazon}: the configuration in force (secrets
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
    private static final Pattern PARTNER_TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

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
            answer.put("account", view(tenant, found.orElse(null)));
            return answer;
        });
    }

    @PUT
    @Path("/config")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Store the tenant's own Amazon accounts: its seller's SP-API refresh token, a Creators API "
            + "credential, or both; secrets sealed at rest",
            description = "Replaces what the tenant stored: send both to keep both. The tenant's lookups and "
                    + "connection tests use them from then on (other replicas within lookup-worker.accounts.cache-ttl),"
                    + " with quota buckets and a daily cap of their own.")
    @APIResponse(responseCode = "200", description = "Stored; the token itself is never shown again",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AmazonAccount.View.class)))
    @APIResponse(responseCode = "400", description = "No account, a refresh token LWA does not issue, or an "
            + "incomplete Creators API credential",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "This deployment has no key to seal accounts with",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<AmazonAccount.View> storeAccount(AmazonAccount.Request request) {
        String tenant = spending.tenant();
        if (request == null || request.spApi() == null && request.creators() == null) {
            throw Problems.badRequest("sp_api.refresh_token is required: the Atzr|... token the seller's "
                    + "authorisation of the app gave; or creators (credential_id, credential_secret, "
                    + "credential_version, partner_tag) for the Creators API; or both");
        }
        String token = request.spApi() == null ? null : refreshToken(request.spApi().refreshToken());
        TenantAccounts.CreatorsCredential creators = request.creators() == null ? null
                : creators(request.creators());
        if (!accounts.enabled()) {
            throw Problems.unavailable(TenantAccounts.OFF);
        }
        return accounts.store(tenant, token, creators, caller.getPrincipal().getName()).map(a -> view(tenant, a));
    }

    private static String refreshToken(String given) {
        if (given == null || given.isBlank()) {
            throw Problems.badRequest("sp_api.refresh_token is required: the Atzr|... token the seller's "
                    + "authorisation of the app gave");
        }
        String token = given.strip();
        if (!token.startsWith("Atzr|") || token.length() > MAX_REFRESH_TOKEN || token.chars().anyMatch(c -> c < 0x21)) {
            throw Problems.badRequest("sp_api.refresh_token is not a Login with Amazon refresh token: one starts "
                    + "with 'Atzr|', holds no spaces and is at most " + MAX_REFRESH_TOKEN + " characters");
        }
        return token;
    }

    private static TenantAccounts.CreatorsCredential creators(AmazonAccount.Creators given) {
        String id = word("creators.credential_id", given.credentialId(), 128);
        String secret = word("creators.credential_secret", given.credentialSecret(), MAX_REFRESH_TOKEN);
        String version = word("creators.credential_version", given.credentialVersion(), 8);
        try {
            CredentialVersion.parse(version);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("creators.credential_version: " + e.getMessage() + "; use the one shown beside "
                    + "the credential in Associates Central");
        }
        String tag = word("creators.partner_tag", given.partnerTag(), 64);
        if (!PARTNER_TAG.matcher(tag).matches()) {
            throw Problems.badRequest("creators.partner_tag is not an Associates tracking id (letters, digits and "
                    + "dashes, such as myshop-21)");
        }
        return new TenantAccounts.CreatorsCredential(id, secret, version, tag);
    }

    /** A required value without spaces or control characters, at most {@code max} characters. */
    private static String word(String name, String given, int max) {
        if (given == null || given.isBlank()) {
            throw Problems.badRequest(name + " is required: a Creators API credential is its id, secret and version "
                    + "from Associates Central, and the tracking id its lookups earn for");
        }
        String value = given.strip();
        if (value.length() > max || value.chars().anyMatch(c -> c < 0x21)) {
            throw Problems.badRequest(name + " holds spaces or is longer than " + max + " characters");
        }
        return value;
    }

    @DELETE
    @Path("/config")
    @RolesAllowed("WRITE_CODE2ASIN")
    @Operation(summary = "Forget the tenant's own account: its lookups use the platform's, if allowed")
    @APIResponse(responseCode = "204", description = "Forgotten (or there was none)")
    public Uni<Void> removeAccount() {
        return accounts.remove(spending.tenant()).replaceWithVoid();
    }

    /** What the tenant's lookups use, per API: its own account (secrets masked), else the platform's or none. */
    private AmazonAccount.View view(String tenant, TenantAccounts.Account account) {
        String otherwise = accounts.platformFallback() ? "platform" : "none";
        String token = account == null ? null : account.refreshToken();
        TenantAccounts.CreatorsCredential creators = account == null ? null : account.creators();
        AmazonAccount.CreatorsView creatorsView = creators == null
                ? new AmazonAccount.CreatorsView(otherwise, null, null, null, null, null)
                : new AmazonAccount.CreatorsView("own", Secrets.shortened(creators.id()),
                        Secrets.hidden(creators.secret()), fingerprint(creators.secret()), creators.version(),
                        creators.partnerTag());
        return new AmazonAccount.View(tenant, token == null ? otherwise : "own",
                token == null ? null : Secrets.hidden(token),
                token == null ? null : fingerprint(token), account == null ? null : account.updatedAt(),
                account == null ? null : account.updatedBy(), creatorsView);
    }

    private static String fingerprint(String secret) {
        return Secrets.fingerprint(secret.getBytes(StandardCharsets.UTF_8));
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
        String tenant = spending.tenant(); // before the limit: a token without one is refused, not counted
        spending.take();
        long started = System.nanoTime();
        return chosen.forTenant(tenant).chain(account -> account.search(market, List.of(PROBE)))
                .map(found -> new ConnectionTest(true, provider, market.name(), since(started), null, null))
                .onFailure(ProviderException.class).recoverWithItem(e -> new ConnectionTest(false, provider,
                        market.name(), since(started), ((ProviderException) e).category(), e.getMessage()));
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
