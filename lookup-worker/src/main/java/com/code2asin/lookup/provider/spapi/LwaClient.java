package com.code2asin.lookup.provider.spapi;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Login with Amazon: exchanges the seller's refresh token for a one-hour SP-API access token. */
@RegisterRestClient(configKey = "lwa")
@Path("/auth/o2/token")
public interface LwaClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<LwaToken> exchange(@FormParam("grant_type") String grantType,
                           @FormParam("refresh_token") String refreshToken,
                           @FormParam("client_id") String clientId,
                           @FormParam("client_secret") String clientSecret);
}
