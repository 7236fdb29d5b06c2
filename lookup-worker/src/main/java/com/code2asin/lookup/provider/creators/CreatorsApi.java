package com.code2asin.lookup.provider.creators;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Amazon Creators API catalog (successor of PA-API 5.0): one host for every store, the store in {@code x-marketplace},
 * the operation in the path, lowerCamelCase JSON bodies (docs/amazon.md, "Creators API: calls").
 */
@RegisterRestClient(configKey = "creators-api")
@Path("/catalog/v1")
@ClientHeaderParam(name = "User-Agent", value = "Code2ASIN/0.1 (Language=Java; Platform=Linux)")
public interface CreatorsApi {

    /** {@code authorization}: {@code Bearer <token>}, plus {@code , Version <v>} for 2.x credentials. */
    @POST
    @Path("/searchItems")
    @Consumes(MediaType.APPLICATION_JSON + "; charset=utf-8")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<SearchItemsResponse> searchItems(@HeaderParam("Authorization") String authorization,
                                         @HeaderParam("x-marketplace") String marketplace,
                                         SearchItemsRequest request);

    @POST
    @Path("/getItems")
    @Consumes(MediaType.APPLICATION_JSON + "; charset=utf-8")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<GetItemsResponse> getItems(@HeaderParam("Authorization") String authorization,
                                   @HeaderParam("x-marketplace") String marketplace,
                                   GetItemsRequest request);
}
