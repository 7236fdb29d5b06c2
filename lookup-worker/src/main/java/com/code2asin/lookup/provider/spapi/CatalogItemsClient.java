package com.code2asin.lookup.provider.spapi;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** SP-API Catalog Items 2022-04-01 searchCatalogItems, by identifiers or by keywords (one marketplace per call). */
@RegisterRestClient(configKey = "sp-api")
@Path("/catalog/2022-04-01/items")
@ClientHeaderParam(name = "User-Agent", value = "Code2ASIN/0.1 (Language=Java/21; Platform=Linux)")
public interface CatalogItemsClient {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<CatalogSearchResults> search(@HeaderParam("x-amz-access-token") String accessToken,
                                     @QueryParam("marketplaceIds") String marketplaceId,
                                     @QueryParam("identifiers") String identifiers,
                                     @QueryParam("identifiersType") String identifiersType,
                                     @QueryParam("includedData") String includedData,
                                     @QueryParam("pageSize") int pageSize,
                                     @QueryParam("pageToken") String pageToken);

    /** A keyword search: {@code keywords} is a comma-separated list of at most 20 words. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<CatalogSearchResults> searchKeywords(@HeaderParam("x-amz-access-token") String accessToken,
                                             @QueryParam("marketplaceIds") String marketplaceId,
                                             @QueryParam("keywords") String keywords,
                                             @QueryParam("includedData") String includedData,
                                             @QueryParam("pageSize") int pageSize);
}
