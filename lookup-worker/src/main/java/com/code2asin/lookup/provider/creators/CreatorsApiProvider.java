package com.code2asin.lookup.provider.creators;

import com.code2asin.lookup.account.ProvidersByAccount;
import com.code2asin.lookup.account.TenantAccounts;
import com.code2asin.lookup.config.CreatorsConfig;
import com.code2asin.lookup.config.LookupConfig;
import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.domain.Offer;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.lookup.domain.RawAnswers;
import com.code2asin.lookup.domain.Secrets;
import com.code2asin.lookup.provider.Chunks;
import com.code2asin.lookup.provider.CredentialWatch;
import com.code2asin.lookup.provider.HttpFailures;
import com.code2asin.lookup.quota.QuotaGuard;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Amazon Creators API (affiliates, successor of PA-API 5.0). It has no identifier lookup: each code is one searchItems
 * call with the code as keywords (docs/amazon.md, "Creators API: looking up an EAN with it"), a few in flight at
 * once, and the items that carry the code in their external ids are kept. A search without hit (404, or 200 with
 * {@code NoResults}) is an unmatched code, not a failure. A credential only serves the stores of its region group. A
 * tenant that stored a credential of its own looks up with it ({@link #forTenant}): its own tokens, tracking id and
 * quota bucket.
 */
@ApplicationScoped
public class CreatorsApiProvider implements CatalogProvider {

    public static final String NAME = "creators";

    /** Runs one API call (searchItems or getItems) within the account's quota, retrying what may be retried. */
    @FunctionalInterface
    interface CallGuard {
        Uni<Object> call(Supplier<Uni<Object>> call);
    }

    private final CreatorsApi api;
    private final CreatorsTokenCache tokens;
    private final CreatorsConfig config;
    private final CredentialVersion version;
    private final CallGuard guard;
    private final LookupConfig.Quota quota;
    private final CredentialWatch credential;
    /** The tracking id of a tenant's own credential; null: the configured one of each store. */
    private final String partnerTag;
    /** What the platform's provider needs to make a tenant's; null on a tenant's own, and in unit tests. */
    private final Tenants tenants;

    private record Tenants(ProvidersByAccount<TenantAccounts.CreatorsCredential> credentials, CreatorsAuthClient auth,
                           QuotaGuard quotaGuard) {
    }
    private static final String CHECK = "Check the credential id and secret in Associates Central, that the version "
            + "is the one shown beside the credential, and that the Associates account is eligible (403 "
            + "AssociateNotEligible: it needs qualifying sales).";

    @Inject
    CreatorsApiProvider(@RestClient CreatorsApi api, @RestClient CreatorsAuthClient auth, CreatorsTokenCache tokens,
                        CreatorsConfig config, QuotaGuard quota, LookupConfig lookup, TenantAccounts accounts) {
        this(api, tokens, config, lookup.quota().creators(),
                guard(quota, lookup.quota().creators(), config, config.clientId().orElseThrow()),
                CredentialVersion.parse(config.credentialVersion()), null,
                new Tenants(new ProvidersByAccount<>(accounts, TenantAccounts.Account::creators,
                        (platform, tenant, own) -> new CreatorsApiProvider((CreatorsApiProvider) platform, tenant, own,
                                version(tenant, own)), "Creators API credential"), auth, quota));
    }

    CreatorsApiProvider(CreatorsApi api, CreatorsTokenCache tokens, CreatorsConfig config, LookupConfig.Quota quota,
                        CallGuard guard) {
        this(api, tokens, config, quota, guard, CredentialVersion.parse(config.credentialVersion()), null, null);
    }

    private CreatorsApiProvider(CreatorsApi api, CreatorsTokenCache tokens, CreatorsConfig config,
                                LookupConfig.Quota quota, CallGuard guard, CredentialVersion version,
                                String partnerTag, Tenants tenants) {
        this.api = api;
        this.tokens = tokens;
        this.config = config;
        this.quota = quota;
        this.version = version;
        this.guard = guard;
        this.partnerTag = partnerTag;
        this.tenants = tenants;
        this.credential = new CredentialWatch("Creators API credential (credential id "
                + Secrets.shortened(config.clientId().orElse(null)) + ", version " + version.value() + " for "
                + version.region() + " stores, with its secret: LOOKUP_WORKER_CREATORS_CLIENT_ID, "
                + "LOOKUP_WORKER_CREATORS_CLIENT_SECRET, LOOKUP_WORKER_CREATORS_CREDENTIAL_VERSION)", CHECK);
    }

    /** A tenant's own credential, on the platform's clients and settings, with its own tokens and quota bucket. */
    private CreatorsApiProvider(CreatorsApiProvider platform, String tenant, TenantAccounts.CreatorsCredential own,
                                CredentialVersion version) {
        this.api = platform.api;
        this.tokens = new CreatorsTokenCache(platform.tenants.auth(), tenant, own.id(), own.secret(), version,
                platform.config.refreshBefore());
        this.config = platform.config;
        this.quota = platform.quota;
        this.version = version;
        this.guard = guard(platform.tenants.quotaGuard(), platform.quota, platform.config, own.id());
        this.partnerTag = own.partnerTag();
        this.tenants = null;
        this.credential = new CredentialWatch("Creators API credential of tenant '" + tenant + "' (credential id "
                + Secrets.shortened(own.id()) + ", version " + version.value() + ", stored with PUT "
                + "/api/v1/amazon/config)", CHECK + " Then the tenant stores it again.");
    }

    /** Creators API limits apply per credential: one quota bucket each. */
    private static CallGuard guard(QuotaGuard quota, LookupConfig.Quota plan, CreatorsConfig config,
                                   String credentialId) {
        return call -> quota.call("creators/" + credentialId, plan, config.retries(), call);
    }

    /**
     * The tenant's own Creators API credential when it stored one, else the platform's when configuration allows
     * it; a tenant with neither fails as {@code auth}, saying how to store one.
     */
    @Override
    public Uni<CatalogProvider> forTenant(String tenant) {
        return tenant == null || tenants == null ? Uni.createFrom().item(this)
                : tenants.credentials().forTenant(tenant, this);
    }

    private static CredentialVersion version(String tenant, TenantAccounts.CreatorsCredential own) {
        try {
            return CredentialVersion.parse(own.version());
        } catch (IllegalArgumentException e) {
            throw new ProviderException(ErrorCategory.AUTH, "tenant '" + tenant + "' stored a Creators API credential "
                    + "whose " + e.getMessage() + ": store it again with PUT /api/v1/amazon/config", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", name());
        settings.put("api", "Creators API searchItems (code as keywords)");
        settings.put("credential_id", Secrets.shortened(config.clientId().orElse(null)));
        settings.put("credential_secret", Secrets.hidden(config.clientSecret().orElse(null)));
        settings.put("credential_version", version.value());
        settings.put("region", version.region());
        settings.put("partner_tag", config.partnerTag());
        settings.put("partner_tags", config.partnerTags());
        settings.put("resources", config.resources());
        settings.put("quota", Map.of("rate_per_s", quota.rate(), "burst", quota.burst(), "daily_cap",
                quota.dailyCap()));
        settings.put("retries", config.retries());
        return settings;
    }

    /**
     * Searches every code on its own; a code whose call fails fails alone, except for an authentication failure,
     * which fails them all (the other calls would be refused too).
     */
    @Override
    public Uni<CatalogAnswer> lookup(Marketplace marketplace, List<String> gtin14s) {
        if (gtin14s.isEmpty()) {
            return Uni.createFrom().item(CatalogAnswer.empty());
        }
        return store(marketplace).chain(store -> Multi.createFrom().iterable(gtin14s.stream().distinct().toList())
                .onItem().transformToUni(code -> search(store, keyword(code))
                        .map(response -> new Outcome(code, CreatorsItemMapper.forCode(code, response), null,
                                RawAnswers.json(response)))
                        .onFailure(f -> f instanceof ProviderException p && p.category() != ErrorCategory.AUTH)
                        .recoverWithItem(f -> new Outcome(code, List.of(), (ProviderException) f, null)))
                .merge(Math.max(1, config.maxConcurrency()))
                .collect().asList()
                .map(CreatorsApiProvider::answer));
    }

    /** searchItems with the product name as keywords: what it finds is at best a fuzzy candidate. */
    @Override
    public Uni<List<CatalogProduct>> searchTitle(Marketplace marketplace, String title) {
        return store(marketplace).chain(store -> search(store, title)).map(CreatorsItemMapper::forTitle);
    }

    /** The host header and tracking id of a store, or an AUTH failure when the credential does not serve it. */
    private record Store(String host, String tag) {
    }

    private Uni<Store> store(Marketplace marketplace) {
        if (!version.serves(marketplace)) {
            return Uni.createFrom().failure(new ProviderException(ErrorCategory.AUTH, "Creators API credential version "
                    + version.value() + " serves " + version.region() + " stores, not " + marketplace.name(), null));
        }
        return Uni.createFrom().item(new Store(config.marketplaceHosts().getOrDefault(marketplace.name(),
                marketplace.domain()), partnerTag != null ? partnerTag
                : config.partnerTags().getOrDefault(marketplace.name(), config.partnerTag())));
    }

    private record Outcome(String code, List<CatalogProduct> products, ProviderException failure, String raw) {
    }

    private static CatalogAnswer answer(List<Outcome> outcomes) {
        Map<String, List<CatalogProduct>> found = new LinkedHashMap<>();
        Map<String, ProviderException> failed = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.failure() != null) {
                failed.put(o.code(), o.failure());
            } else {
                found.put(o.code(), o.products());
                if (o.raw() != null) {
                    raw.put(o.code(), o.raw());
                }
            }
        }
        return new CatalogAnswer(found, failed, raw);
    }

    /** One searchItems call within the quota; a search without hit is an empty answer, not a failure. */
    private Uni<SearchItemsResponse> search(Store store, String keywords) {
        SearchItemsRequest request = SearchItemsRequest.forKeywords(store.tag(), keywords,
                Math.clamp(config.itemCount(), 1, 10), config.resources());
        return guarded(() -> send(auth -> api.searchItems(auth, store.host(), request))
                        .map(CreatorsApiProvider::checkPartialErrors))
                .onFailure(CreatorsApiProvider::notFound).recoverWithItem(() -> null);
    }

    /** getItems of one ASIN with the configured resources; an ASIN the store does not know is empty. */
    @Override
    public Uni<Optional<CatalogProduct>> byAsin(Marketplace marketplace, String asin) {
        return store(marketplace).chain(store -> this.<GetItemsResponse>guarded(() -> send(auth -> api.getItems(auth,
                        store.host(), new GetItemsRequest(store.tag(), List.of(asin), config.resources())))))
                .map(response -> response.items().stream()
                        .filter(item -> asin.equals(item.asin())).findFirst()
                        .map(item -> CreatorsItemMapper.toProduct(item, CreatorsItemMapper.identifiers(item))))
                .onFailure(CreatorsApiProvider::notFound).recoverWithItem(Optional::empty);
    }

    /** getItems by 10 ASINs for their offers only; an ASIN it no longer knows has no offer. */
    @Override
    public Uni<Map<String, Offer>> offers(Marketplace marketplace, List<String> asins) {
        return store(marketplace).chain(store -> Multi.createFrom().iterable(Chunks.of(asins,
                        GetItemsRequest.MAX_ITEM_IDS))
                .onItem().transformToUniAndConcatenate(ids -> guarded(() -> send(auth -> api.getItems(auth,
                        store.host(), new GetItemsRequest(store.tag(), ids, GetItemsRequest.OFFER_RESOURCES)))))
                .collect().asList()
                .map(responses -> {
                    Map<String, Offer> offers = new HashMap<>();
                    responses.forEach(r -> r.items().forEach(item -> offers.put(item.asin(),
                            CreatorsItemMapper.offer(item))));
                    return offers;
                }));
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> guarded(Supplier<Uni<T>> call) {
        return credential.watch(guard.call(() -> call.get().map(Object.class::cast)).map(result -> (T) result));
    }

    /**
     * The code as it is printed and as Amazon's search index knows it: the GTIN-14 without its padding zeros, as an
     * EAN-8, UPC-A (12 digits) or EAN-13; a real GTIN-14 stays as it is.
     */
    static String keyword(String gtin14) {
        if (gtin14.length() != 14) {
            return gtin14;
        }
        if (gtin14.startsWith("000000")) {
            return gtin14.substring(6);
        }
        if (gtin14.startsWith("00")) {
            return gtin14.substring(2);
        }
        return gtin14.startsWith("0") ? gtin14.substring(1) : gtin14;
    }

    /**
     * A 401 (missing, expired or bad token) drops the token and the call is made once more with a new one, as tokens
     * can expire in flight or be revoked; only a 401 to that fresh token, or a 403 (the account is not allowed,
     * whatever the token), is an {@code auth} failure.
     */
    private <T> Uni<T> send(Function<String, Uni<T>> withAuthorization) {
        return tokens.call(f -> status(f) == 401, token -> withAuthorization.apply(version.authorization(token)))
                .onFailure().transform(this::classify);
    }

    /** A 200 may carry {@code errors[]} beside the items, or instead of them. */
    private static SearchItemsResponse checkPartialErrors(SearchItemsResponse response) {
        List<SearchItemsResponse.Error> errors = response.errors() == null ? List.of() : response.errors();
        boolean hasItems = response.searchResult() != null && response.searchResult().items() != null
                && !response.searchResult().items().isEmpty();
        if (errors.isEmpty() || hasItems || errors.stream().anyMatch(e -> "NoResults".equals(e.code()))) {
            if (!errors.isEmpty()) {
                Log.debugf("Creators API partial errors: %s", errors);
            }
            return response;
        }
        SearchItemsResponse.Error first = errors.get(0);
        ErrorCategory category = switch (String.valueOf(first.code())) {
            case "TooManyRequests" -> ErrorCategory.API_RATE_LIMIT;
            case "InternalFailure" -> ErrorCategory.UNKNOWN;
            default -> ErrorCategory.INVALID_DATA;
        };
        throw new ProviderException(category, "Creators API answered " + first.code() + " - " + first.message(), null);
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof ProviderException p && status(p.getCause()) == 404;
    }

    private static int status(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse() != null
                ? web.getResponse().getStatus() : -1;
    }

    ProviderException classify(Throwable failure) {
        return HttpFailures.classify("Creators API", failure, CreatorsApiProvider::reason);
    }

    /** For the item's error text: a 401 that reaches here is to a new token (a cached one's call is repeated). */
    private static String reason(WebApplicationException web) {
        return (status(web) == 401 ? " to a freshly issued access token too" : "") + errorBody(web);
    }

    /** The reason (or type) and message of the error body. */
    private static String errorBody(WebApplicationException web) {
        try {
            SearchItemsResponse.ErrorBody body = web.getResponse().readEntity(SearchItemsResponse.ErrorBody.class);
            if (body != null && (body.reason() != null || body.type() != null || body.message() != null)) {
                return ": " + (body.reason() != null ? body.reason() : body.type()) + " - " + body.message();
            }
        } catch (RuntimeException unreadable) {
            // the status alone still says what happened
        }
        return "";
    }
}
