package com.code2asin.simulator.lwa;

import com.code2asin.simulator.stats.Stats;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Login with Amazon, from a form or a JSON body: a refresh-token grant gives an SP-API access token; a
 * client-credentials grant with scope {@code creatorsapi::default} a Creators API token (credential versions 3.x).
 */
@Path("/auth/o2/token")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService service;
    private final ClientCredentialsGrant clientCredentials;
    private final Stats stats;

    public TokenResource(TokenService service, ClientCredentialsGrant clientCredentials, Stats stats) {
        this.service = service;
        this.clientCredentials = clientCredentials;
        this.stats = stats;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TokenResponse form(@RestForm("grant_type") String grantType, @RestForm("refresh_token") String refreshToken,
                              @RestForm("client_id") String clientId, @RestForm("client_secret") String clientSecret,
                              @RestForm("scope") String scope, @RestHeader("Authorization") String authorization) {
        return exchange(new TokenRequest(grantType, refreshToken, clientId, clientSecret, scope)
                .withBasic(authorization));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenResponse json(TokenRequest request, @RestHeader("Authorization") String authorization) {
        return exchange(request == null ? null : request.withBasic(authorization));
    }

    private TokenResponse exchange(TokenRequest request) {
        stats.tokenRequested();
        if (request != null && "client_credentials".equals(request.grantType())
                && clientCredentials.scope().equals(request.scope())) {
            return clientCredentials.exchange(request);
        }
        return service.exchange(request);
    }

    @ServerExceptionMapper
    public Response refused(LwaException e) {
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(new LwaError(e.error(), e.getMessage()))
                .build();
    }
}
