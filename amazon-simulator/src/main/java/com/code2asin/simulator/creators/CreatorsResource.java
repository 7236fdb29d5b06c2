package com.code2asin.simulator.creators;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.Product;
import com.code2asin.simulator.config.SimulatorConfig;
import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.control.Settings;
import com.code2asin.simulator.creators.CreatorsRequests.GetItems;
import com.code2asin.simulator.creators.CreatorsRequests.SearchItems;
import com.code2asin.simulator.creators.CreatorsResponses.ErrorData;
import com.code2asin.simulator.creators.CreatorsResponses.GetItemsResponse;
import com.code2asin.simulator.creators.CreatorsResponses.SearchItemsResponse;
import com.code2asin.simulator.quota.QuotaBook;
import com.code2asin.simulator.quota.Throttle;
import com.code2asin.simulator.stats.Stats;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Creators API catalog: searchItems (a code as keywords finds the same ASINs as SP-API; other keywords find
 * title-only listings) and getItems (ASINs). A search with no hit answers 404 for odd-hashed keywords and 200 with a
 * NoResults error otherwise, as both are reported of Amazon.
 */
@Path("/catalog/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CreatorsResource {

    private final Catalog catalog;
    private final CreatorsTokens tokens;
    private final QuotaBook quotas;
    private final Stats stats;
    private final CreatorsItemMapper mapper;
    private final Set<String> ineligible;
    private final Settings settings;

    public CreatorsResource(Catalog catalog, CreatorsTokens tokens, QuotaBook quotas, Stats stats,
                            SimulatorConfig config, Settings settings) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.quotas = quotas;
        this.stats = stats;
        this.mapper = new CreatorsItemMapper(catalog);
        this.ineligible = Set.copyOf(config.creators().ineligibleClients().orElse(List.of()));
        this.settings = settings;
    }

    @POST
    @Path("/searchItems")
    public Response searchItems(@RestHeader("Authorization") String authorization,
                                @RestHeader("x-marketplace") String store, SearchItems request) {
        String credential = admit(authorization);
        stats.identifiersAsked(Api.CREATORS, credential, 1);
        SearchItems r = request == null ? new SearchItems(null, null, null, null, null, null, null, null, null, null,
                null, null, null) : request;
        Marketplace m = CreatorsParams.marketplace(store);
        String tag = CreatorsParams.partnerTag(r.partnerTag());
        Set<String> resources = CreatorsParams.resources(r.resources());
        int count = CreatorsParams.between(r.itemCount(), 1, CreatorsParams.MAX_ITEMS, CreatorsParams.MAX_ITEMS,
                "itemCount");
        int page = CreatorsParams.between(r.itemPage(), 1, 10, 1, "itemPage");
        String keywords = r.keywords() != null && !r.keywords().isBlank() ? r.keywords().strip() : r.title();
        if (keywords == null || keywords.isBlank()) {
            throw CreatorsException.invalid("MissingParameter",
                    "At least one of keywords, title, brand, actor, artist, author or browseNodeId is required.",
                    "keywords");
        }
        List<Product> found = filterBrand(search(keywords, m), r.brand());
        List<CreatorsResponses.Item> items = found.stream().skip((long) (page - 1) * count).limit(count)
                .map(p -> mapper.toItem(p, resources, tag)).toList();
        if (items.isEmpty()) {
            if ((keywords.hashCode() & 1) == 1) {
                throw CreatorsException.notFound(keywords, "Keywords", "No results found for your request.");
            }
            return Response.ok(new SearchItemsResponse(null,
                    List.of(new ErrorData("NoResults", "No results found for your request.")))).build();
        }
        String url = "https://" + m.domain() + "/s?k=" + URLEncoder.encode(keywords, StandardCharsets.UTF_8)
                + "&tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&linkCode=osi";
        return Response.ok(new SearchItemsResponse(new CreatorsResponses.SearchResult(found.size(), url, items), null))
                .build();
    }

    @POST
    @Path("/getItems")
    public GetItemsResponse getItems(@RestHeader("Authorization") String authorization,
                                     @RestHeader("x-marketplace") String store, GetItems request) {
        String credential = admit(authorization);
        GetItems r = request == null ? new GetItems(null, null, null, null, null, null, null, null) : request;
        stats.identifiersAsked(Api.CREATORS, credential, r.itemIds() == null ? 0 : r.itemIds().size());
        Marketplace m = CreatorsParams.marketplace(store);
        String tag = CreatorsParams.partnerTag(r.partnerTag());
        Set<String> resources = CreatorsParams.resources(r.resources());
        List<CreatorsResponses.Item> items = new ArrayList<>();
        List<ErrorData> errors = new ArrayList<>();
        for (String asin : CreatorsParams.itemIds(r.itemIds())) {
            catalog.byAsin(asin, m).ifPresentOrElse(p -> items.add(mapper.toItem(p, resources, tag)),
                    () -> errors.add(new ErrorData("InvalidParameterValue", "The ItemId " + asin
                            + " provided in the request is invalid or not accessible through the Creators API.")));
        }
        return new GetItemsResponse(items.isEmpty() ? null : new CreatorsResponses.ItemsResult(items),
                errors.isEmpty() ? null : errors);
    }

    private List<Product> search(String keywords, Marketplace m) {
        ParsedCode code = CodeParser.parse(keywords);
        return code.isValid() ? catalog.find(code.gtin14(), m) : catalog.searchKeywords(keywords, m);
    }

    private static List<Product> filterBrand(List<Product> products, String brand) {
        if (brand == null || brand.isBlank()) {
            return products;
        }
        String wanted = brand.strip().toLowerCase(Locale.ROOT);
        return products.stream().filter(p -> p.brand().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    /** Counts the call, checks the bearer token and the usage plan of its credential; returns the credential id. */
    private String admit(String authorization) {
        String token = CreatorsTokens.bearer(authorization);
        if (token == null) {
            throw CreatorsException.unauthorized("MissingToken", "The request is missing a valid bearer token.");
        }
        switch (tokens.store().present(token, settings.faults().refuseTokenAtUse())) {
            case VALID -> {
            }
            case EXPIRED -> throw CreatorsException.unauthorized("ExpiredToken", "The access token has expired.");
            case REVOKED, UNKNOWN -> {
                stats.tokenRefused();
                throw CreatorsException.unauthorized("InvalidToken",
                        "The access token is invalid, malformed or revoked.");
            }
        }
        String credential = tokens.store().owner(token);
        if (ineligible.contains(credential)) {
            throw CreatorsException.forbidden("AssociateNotEligible", "Your account does not currently meet the "
                    + "eligibility requirements to access the Creators API.");
        }
        Throttle.Verdict verdict = quotas.acquire(Api.CREATORS, credential);
        if (verdict != Throttle.Verdict.ADMITTED) {
            stats.throttled(Api.CREATORS, credential);
            throw CreatorsException.throttled(verdict == Throttle.Verdict.DAILY_CAP_EXCEEDED
                    ? "RequestsPerDay" : "RequestsPerSecond");
        }
        return credential;
    }

    @ServerExceptionMapper
    public Response refused(CreatorsException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(e.body()).build();
    }
}
