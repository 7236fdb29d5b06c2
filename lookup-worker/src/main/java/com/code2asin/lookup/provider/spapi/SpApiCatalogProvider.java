package com.code2asin.lookup.provider.spapi;

import com.code2asin.lookup.account.ProvidersByAccount;
import com.code2asin.lookup.account.TenantAccounts;
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
import com.code2asin.lookup.provider.TokenCache;
import com.code2asin.lookup.quota.QuotaGuard;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * SP-API Catalog Items search by identifiers: up to 20 codes a call, one marketplace a call, as many calls as a batch
 * needs. Codes that fit in
 * 13 digits are sent as EAN (Amazon converts them to GTIN), the others as GTIN; results are mapped back by the
 * returned identifiers, as the response does not say which code found which item. A 403 (or 401) to the cached access
 * token drops it and repeats the call with a new one; only a refusal of that fresh token is an {@code auth} failure.
 */
@ApplicationScoped
public class SpApiCatalogProvider implements CatalogProvider {

    public static final int MAX_IDENTIFIERS = 20;
    private static final int MAX_PAGES = 5;
    private static final int MAX_KEYWORDS = 20;
    private static final int TITLE_PAGE_SIZE = 10;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final CatalogItemsClient catalog;
    private final ProductPricingClient pricing;
    private final LwaTokenCache lwa;
    private final TokenCache tokens;
    private final QuotaGuard guard;
    private final LookupConfig.SpApi config;
    private final LookupConfig.Quota quota;
    private final LookupConfig.Quota pricingQuota;
    private final String account;
    private final String pricingAccount;
    private final CredentialWatch credential;
    /** The provider bound to each tenant's own seller account, by refresh token; null on those bound ones. */
    private final ProvidersByAccount<String> sellers;

    @Inject
    SpApiCatalogProvider(@RestClient CatalogItemsClient catalog, @RestClient ProductPricingClient pricing,
                         LwaTokenCache lwa, QuotaGuard guard, TenantAccounts accounts, LookupConfig config) {
        this.catalog = catalog;
        this.pricing = pricing;
        this.lwa = lwa;
        this.tokens = lwa.platform();
        this.guard = guard;
        this.sellers = new ProvidersByAccount<>(accounts, TenantAccounts.Account::refreshToken,
                (platform, tenant, token) -> new SpApiCatalogProvider((SpApiCatalogProvider) platform, tenant, token),
                "Amazon account");
        this.config = config.spApi();
        this.quota = config.quota().spApi();
        this.pricingQuota = config.quota().spApiPricing();
        String partner = partner(this.config.refreshToken().orElseThrow());
        this.account = "sp-api/" + partner;
        this.pricingAccount = "sp-api-pricing/" + partner;
        this.credential = new CredentialWatch("SP-API credentials (LWA client id "
                + Secrets.shortened(this.config.clientId().orElseThrow()) + " with its client secret and the seller's "
                + "refresh token: LOOKUP_WORKER_SP_API_CLIENT_ID, LOOKUP_WORKER_SP_API_CLIENT_SECRET, "
                + "LOOKUP_WORKER_SP_API_REFRESH_TOKEN)", "Check that the seller's authorisation of the app still "
                + "stands, that the client secret is the current one (LWA secrets are rotated every 180 days) and "
                + "that the app has the Product Listing role.");
    }

    /** The same provider for another seller of the same app: its own tokens, quota buckets and daily caps. */
    private SpApiCatalogProvider(SpApiCatalogProvider platform, String tenant, String refreshToken) {
        this.catalog = platform.catalog;
        this.pricing = platform.pricing;
        this.lwa = platform.lwa;
        this.tokens = platform.lwa.seller(refreshToken);
        this.guard = platform.guard;
        this.sellers = null;
        this.config = platform.config;
        this.quota = platform.quota;
        this.pricingQuota = platform.pricingQuota;
        String partner = partner(refreshToken);
        this.account = "sp-api/" + partner;
        this.pricingAccount = "sp-api-pricing/" + partner;
        this.credential = new CredentialWatch("SP-API account of tenant '" + tenant + "' (the refresh token it "
                + "stored with PUT /api/v1/amazon/config)", "The seller may have withdrawn the app's authorisation: "
                + "the tenant authorises it again and stores the new refresh token.");
    }

    /** SP-API limits apply per application + selling partner: the refresh token names the partner. */
    private String partner(String refreshToken) {
        return config.clientId().orElseThrow() + "/" + Integer.toHexString(refreshToken.hashCode());
    }

    /**
     * The tenant's own seller account when it stored one, else the platform's when configuration allows it; a
     * tenant with neither fails as {@code auth}, saying how to store one.
     */
    @Override
    public Uni<CatalogProvider> forTenant(String tenant) {
        return tenant == null || sellers == null ? Uni.createFrom().item(this) : sellers.forTenant(tenant, this);
    }

    @Override
    public String name() {
        return "sp-api";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", name());
        settings.put("api", "SP-API Catalog Items 2022-04-01 searchCatalogItems, Product Pricing v0 "
                + "getItemOffersBatch");
        settings.put("client_id", Secrets.shortened(config.clientId().orElse(null)));
        settings.put("client_secret", Secrets.hidden(config.clientSecret().orElse(null)));
        settings.put("refresh_token", Secrets.hidden(config.refreshToken().orElse(null)));
        settings.put("included_data", config.includedData());
        settings.put("quota", Map.of("rate_per_s", quota.rate(), "burst", quota.burst(), "daily_cap",
                quota.dailyCap()));
        settings.put("pricing_quota", Map.of("rate_per_s", pricingQuota.rate(), "burst", pricingQuota.burst(),
                "daily_cap", pricingQuota.dailyCap()));
        settings.put("retries", config.retries());
        return settings;
    }

    /**
     * Any number of codes: grouped by identifier form (EAN or GTIN), then 20 to a call, so a batch spends as few
     * calls as its codes allow. A call that fails (network, quota, server) fails its own codes only; a refused
     * credential fails the whole lookup, as every other call would be refused too.
     */
    @Override
    public Uni<CatalogAnswer> lookup(Marketplace marketplace, List<String> gtin14s) {
        return Multi.createFrom().iterable(calls(gtin14s))
                .onItem().transformToUniAndConcatenate(codes -> lookupCall(marketplace, codes)
                        .onFailure(f -> f instanceof ProviderException p && p.category() != ErrorCategory.AUTH)
                        .recoverWithItem(f -> CatalogAnswer.failed(codes, (ProviderException) f)))
                .collect().asList()
                .map(answers -> answers.stream().reduce(CatalogAnswer.empty(), CatalogAnswer::merge));
    }

    /** The codes of each call: one identifier form per call, at most {@link #MAX_IDENTIFIERS}, in their order. */
    static List<List<String>> calls(List<String> gtin14s) {
        Map<Boolean, List<String>> byForm = gtin14s.stream().distinct()
                .collect(Collectors.partitioningBy(SpApiCatalogProvider::fitsEan));
        List<List<String>> calls = new ArrayList<>();
        for (List<String> form : List.of(byForm.get(true), byForm.get(false))) {
            calls.addAll(Chunks.of(form, MAX_IDENTIFIERS));
        }
        return calls;
    }

    /**
     * One call of codes of one form; when SP-API rejects it as invalid (one malformed identifier fails the whole
     * call), the codes are split in halves until the rejected ones are alone, so the others still get their answers.
     */
    private Uni<CatalogAnswer> lookupCall(Marketplace marketplace, List<String> gtin14s) {
        return searchCodes(marketplace, gtin14s).map(items -> withRaw(CatalogAnswer.attributed(gtin14s,
                        items.stream().map(item -> SpApiItemMapper.toProduct(item, marketplace)).toList()), items))
                .onFailure(this::rejectedAsInvalid).recoverWithUni(failure -> {
                    if (gtin14s.size() == 1) {
                        return Uni.createFrom().item(CatalogAnswer.failed(gtin14s.get(0), (ProviderException) failure));
                    }
                    int half = gtin14s.size() / 2;
                    return lookupCall(marketplace, gtin14s.subList(0, half))
                            .chain(first -> lookupCall(marketplace, gtin14s.subList(half, gtin14s.size()))
                                    .map(first::merge));
                });
    }

    /** One page of a keyword search on the name's words: a title-only listing is found by nothing else. */
    @Override
    public Uni<List<CatalogProduct>> searchTitle(Marketplace marketplace, String title) {
        List<String> words = Arrays.stream(WORDS.split(title)).filter(w -> !w.isEmpty()).limit(MAX_KEYWORDS).toList();
        if (words.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return credential.watch(guard.call(account, quota, config.retries(), () -> tokens
                        .call(SpApiCatalogProvider::refused, token -> catalog.searchKeywords(token,
                                marketplace.marketplaceId(), String.join(",", words), config.includedData(),
                                TITLE_PAGE_SIZE))
                        .onFailure().transform(this::classify)))
                .map(result -> result.items() == null ? List.<CatalogProduct>of() : result.items().stream()
                        .map(item -> SpApiItemMapper.toProduct(item, marketplace)).toList());
    }

    /**
     * getItemOffersBatch, {@link ItemOffersBatch#MAX_REQUESTS} ASINs a call, on the pricing quota: Amazon meters it
     * apart from the catalog's, so it has its own bucket, shared by the replicas like the other. An ASIN answered
     * with an error of its own (not an item of that marketplace) has no offer; one answered 429 or 5xx fails the
     * call, which the quota guard repeats.
     */
    @Override
    public Uni<Map<String, Offer>> offers(Marketplace marketplace, List<String> asins) {
        List<String> distinct = asins.stream().distinct().toList();
        return Multi.createFrom().iterable(Chunks.of(distinct, ItemOffersBatch.MAX_REQUESTS))
                .onItem().transformToUniAndConcatenate(call -> offersCall(marketplace, call))
                .collect().in(HashMap<String, Offer>::new, Map::putAll)
                .map(Map::copyOf);
    }

    private Uni<Map<String, Offer>> offersCall(Marketplace marketplace, List<String> asins) {
        ItemOffersBatch.Request request = new ItemOffersBatch.Request(asins.stream()
                .map(asin -> ItemOffersBatch.Entry.newOffersOf(asin, marketplace.marketplaceId())).toList());
        return credential.watch(guard.call(pricingAccount, pricingQuota, config.retries(), () -> tokens
                .call(SpApiCatalogProvider::refused, token -> pricing.itemOffers(token, request))
                .map(SpApiCatalogProvider::offersOf)
                .onFailure().transform(this::classify)));
    }

    private static Map<String, Offer> offersOf(ItemOffersBatch.Response response) {
        Map<String, Offer> offers = new HashMap<>();
        for (ItemOffersBatch.Answer answer : response.responses() == null ? List.<ItemOffersBatch.Answer>of()
                : response.responses()) {
            int status = answer.status() == null ? 0 : answer.status().statusCode();
            if (status == 429 || status >= 500) {
                throw new ProviderException(status == 429 ? ErrorCategory.API_RATE_LIMIT : ErrorCategory.UNKNOWN,
                        "SP-API getItemOffersBatch answered " + status + " for ASIN "
                                + (answer.request() == null ? "?" : answer.request().asin()), null);
            }
            ItemOffersBatch.Payload payload = answer.body() == null ? null : answer.body().payload();
            if (status == 200 && payload != null) {
                String asin = payload.asin() != null ? payload.asin() : answer.request().asin();
                offers.put(asin, ItemOffersMapper.toOffer(payload));
            }
        }
        return offers;
    }

    /** searchCatalogItems by ASIN (identifiersType ASIN): the same call, quota and retries as a search by code. */
    @Override
    public Uni<Optional<CatalogProduct>> byAsin(Marketplace marketplace, String asin) {
        return call(marketplace, asin, "ASIN", null).map(result -> result.items() == null ? Optional.empty()
                : result.items().stream().filter(item -> asin.equals(item.asin())).findFirst()
                        .map(item -> SpApiItemMapper.toProduct(item, marketplace)));
    }

    /** Codes of one form: those that fit in 13 digits as EAN, the others as GTIN. */
    private Uni<List<CatalogSearchResults.Item>> searchCodes(Marketplace marketplace, List<String> gtin14s) {
        boolean ean = fitsEan(gtin14s.get(0));
        List<String> identifiers = ean ? gtin14s.stream().map(g -> g.substring(1)).toList() : gtin14s;
        return searchAllPages(marketplace, identifiers, ean ? "EAN" : "GTIN");
    }

    /** For each code, the items of the call's answer that it was given: SP-API's answer for that code. */
    private static CatalogAnswer withRaw(CatalogAnswer answer, List<CatalogSearchResults.Item> items) {
        Map<String, String> raw = new LinkedHashMap<>();
        answer.found().forEach((code, products) -> {
            java.util.Set<String> asins = products.stream().map(CatalogProduct::asin)
                    .collect(Collectors.toSet());
            raw.put(code, RawAnswers.json(items.stream().filter(item -> asins.contains(item.asin())).toList()));
        });
        return answer.withRaw(raw);
    }

    private static boolean fitsEan(String gtin14) {
        return gtin14.startsWith("0");
    }

    private boolean rejectedAsInvalid(Throwable failure) {
        return failure instanceof ProviderException p && p.category() == ErrorCategory.INVALID_DATA;
    }

    private Uni<List<CatalogSearchResults.Item>> searchAllPages(Marketplace m, List<String> codes, String type) {
        return page(m, String.join(",", codes), type, null, 1, new ArrayList<>());
    }

    /** Follows nextToken, repeating every parameter as SP-API requires, up to MAX_PAGES pages. */
    private Uni<List<CatalogSearchResults.Item>> page(Marketplace m, String identifiers, String type, String token,
                                                      int pageNumber, List<CatalogSearchResults.Item> found) {
        return call(m, identifiers, type, token).flatMap(result -> {
            if (result.items() != null) {
                found.addAll(result.items());
            }
            String next = result.pagination() == null ? null : result.pagination().nextToken();
            return next == null || pageNumber >= MAX_PAGES
                    ? Uni.createFrom().item(found)
                    : page(m, identifiers, type, next, pageNumber + 1, found);
        });
    }

    private Uni<CatalogSearchResults> call(Marketplace m, String identifiers, String type, String pageToken) {
        return credential.watch(guard.call(account, quota, config.retries(), () -> tokens
                .call(SpApiCatalogProvider::refused, token -> catalog.search(token, m.marketplaceId(), identifiers,
                        type, config.includedData(), MAX_IDENTIFIERS, pageToken))
                .onFailure().transform(this::classify)));
    }

    /**
     * SP-API refuses a token it no longer honours with 403 {@code Unauthorized} (docs/amazon.md, "SP-API: calling
     * with the token"); 401 is read alike.
     */
    private static boolean refused(Throwable failure) {
        return failure instanceof WebApplicationException web
                && (web.getResponse().getStatus() == 403 || web.getResponse().getStatus() == 401);
    }

    private ProviderException classify(Throwable failure) {
        return HttpFailures.classify("SP-API", failure, SpApiCatalogProvider::errorCode);
    }

    /** For the item's error text: a refusal that reaches here is of a new token (a cached one's call is repeated). */
    private static String errorCode(WebApplicationException web) {
        return (refused(web) ? " to a freshly issued access token too" : "") + errorBody(web);
    }

    /** The first error code, message and details of SP-API's {@code {"errors":[...]}} body. */
    private static String errorBody(WebApplicationException web) {
        try {
            CatalogSearchResults.ErrorList body = web.getResponse().readEntity(CatalogSearchResults.ErrorList.class);
            if (body != null && body.errors() != null && !body.errors().isEmpty()) {
                CatalogSearchResults.Error first = body.errors().get(0);
                return ": " + first.code() + " - " + first.message()
                        + (first.details() == null || first.details().isBlank() ? "" : " " + first.details());
            }
        } catch (RuntimeException unreadable) {
            // the status alone still says what happened
        }
        return "";
    }
}
