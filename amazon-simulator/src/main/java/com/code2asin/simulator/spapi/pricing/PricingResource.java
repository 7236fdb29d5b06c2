package com.code2asin.simulator.spapi.pricing;

import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.spapi.SpApiAdmission;
import com.code2asin.simulator.spapi.pricing.PricingRequests.ItemOffersBatch;
import com.code2asin.simulator.spapi.pricing.PricingResponses.ItemOffersBatchResponse;
import com.code2asin.simulator.stats.Stats;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestHeader;

import java.util.List;

/**
 * SP-API Product Pricing v0 getItemOffersBatch: the new offers of up to 20 listings in one call, answered in the
 * order asked. Amazon meters it apart from Catalog Items: 0.1 requests/s, burst 1, per seller and application (since
 * July 2023; 0.5 before), here {@code simulator.quota.sp-api-pricing}.
 */
@Path("/batches/products/pricing/v0/itemOffers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PricingResource {

    private final SpApiAdmission admission;
    private final Stats stats;
    private final ItemOffersMapper mapper;

    public PricingResource(Catalog catalog, SpApiAdmission admission, Stats stats) {
        this.admission = admission;
        this.stats = stats;
        this.mapper = new ItemOffersMapper(catalog);
    }

    @POST
    public ItemOffersBatchResponse getItemOffersBatch(@RestHeader("x-amz-access-token") String accessToken,
                                                      ItemOffersBatch batch) {
        String credential = admission.admit(Api.SP_API_PRICING, accessToken);
        List<PricingParams.Query> queries = PricingParams.queries(batch);
        stats.identifiersAsked(Api.SP_API_PRICING, credential, queries.size());
        return new ItemOffersBatchResponse(queries.stream().map(mapper::answer).toList());
    }
}
