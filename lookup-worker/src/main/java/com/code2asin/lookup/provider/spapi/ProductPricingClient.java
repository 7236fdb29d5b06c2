package com.code2asin.lookup.provider.spapi;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** SP-API Product Pricing v0 getItemOffersBatch: the offers of up to 20 ASINs a call (0.1 calls/s by default). */
@RegisterRestClient(configKey = "sp-api")
@Path("/batches/products/pricing/v0/itemOffers")
@ClientHeaderParam(name = "User-Agent", value = "Code2ASIN/0.1 (Language=Java/21; Platform=Linux)")
public interface ProductPricingClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ItemOffersBatch.Response> itemOffers(@HeaderParam("x-amz-access-token") String accessToken,
                                             ItemOffersBatch.Request request);
}
