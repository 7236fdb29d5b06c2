package com.code2asin.simulator.spapi;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.Product;
import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.stats.Stats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** SP-API Catalog Items v2022-04-01: searchCatalogItems (by identifiers or keywords) and getCatalogItem. */
@Path("/catalog/2022-04-01/items")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    private static final String ACCESS_TOKEN = "x-amz-access-token";

    private final Catalog catalog;
    private final SpApiAdmission admission;
    private final Stats stats;

    public CatalogResource(Catalog catalog, SpApiAdmission admission, Stats stats) {
        this.catalog = catalog;
        this.admission = admission;
        this.stats = stats;
    }

    @GET
    public ItemSearchResults searchCatalogItems(@RestHeader(ACCESS_TOKEN) String accessToken,
                                                @RestQuery List<String> marketplaceIds,
                                                @RestQuery List<String> identifiers,
                                                @RestQuery String identifiersType,
                                                @RestQuery List<String> includedData,
                                                @RestQuery List<String> keywords,
                                                @RestQuery String pageSize,
                                                @RestQuery String pageToken,
                                                @RestQuery String locale) {
        String credential = admit(accessToken);
        Marketplace marketplace = CatalogParams.marketplaces(marketplaceIds, 1).getFirst();
        CatalogParams.Query query = CatalogParams.query(identifiers, identifiersType, keywords);
        stats.identifiersAsked(Api.SP_API, credential, query.values().size());
        Set<IncludedData> datasets = CatalogParams.includedData(includedData);
        int size = CatalogParams.pageSize(pageSize);
        int offset = CatalogParams.offset(pageToken);

        List<Product> found = query.byKeywords()
                ? catalog.searchKeywords(String.join(" ", query.keywords()), marketplace)
                : catalog.search(query.values(), query.asins(), marketplace);
        List<Item> page = found.stream()
                .skip(offset)
                .limit(size)
                .map(p -> ItemMapper.toItem(p.asin(), List.of(p), datasets))
                .toList();
        String next = offset + size < found.size() ? CatalogParams.pageToken(offset + size) : null;
        String previous = offset > 0 ? CatalogParams.pageToken(Math.max(0, offset - size)) : null;
        return new ItemSearchResults(found.size(),
                next == null && previous == null ? null : new ItemSearchResults.Pagination(next, previous),
                new ItemSearchResults.Refinements(List.of(), List.of()), page);
    }

    @GET
    @Path("/{asin}")
    public Item getCatalogItem(@RestHeader(ACCESS_TOKEN) String accessToken,
                               @RestPath String asin,
                               @RestQuery List<String> marketplaceIds,
                               @RestQuery List<String> includedData,
                               @RestQuery String locale) {
        String credential = admit(accessToken);
        stats.identifiersAsked(Api.SP_API, credential, 1);
        List<Marketplace> marketplaces = CatalogParams.marketplaces(marketplaceIds, Marketplace.values().length);
        Set<IncludedData> datasets = CatalogParams.includedData(includedData);
        List<Product> products = marketplaces.stream()
                .flatMap(m -> catalog.byAsin(asin, m).stream())
                .toList();
        if (products.isEmpty()) {
            throw SpApiException.notFound("Requested item '" + asin + "' not found in marketplace '"
                    + marketplaces.stream().map(Marketplace::marketplaceId).collect(Collectors.joining(",")) + "'.");
        }
        return ItemMapper.toItem(asin, products, datasets);
    }

    /** Counts the catalog call, then admits it (access token, usage plan of its owner); returns the owner. */
    private String admit(String accessToken) {
        stats.catalogRequested();
        return admission.admit(Api.SP_API, accessToken);
    }
}
