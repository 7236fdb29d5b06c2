package com.code2asin.simulator.creators;

import com.code2asin.simulator.lwa.LwaError;
import com.code2asin.simulator.lwa.LwaException;
import com.code2asin.simulator.lwa.TokenRequest;
import com.code2asin.simulator.lwa.TokenResponse;
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

/** The Cognito token endpoint of Creators API credentials 2.x: a form, id and secret in it or in HTTP Basic. */
@Path("/oauth2/token")
@Produces(MediaType.APPLICATION_JSON)
public class CreatorsTokenResource {

    private final CreatorsTokens tokens;
    private final Stats stats;

    public CreatorsTokenResource(CreatorsTokens tokens, Stats stats) {
        this.tokens = tokens;
        this.stats = stats;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TokenResponse token(@RestForm("grant_type") String grantType, @RestForm("client_id") String clientId,
                               @RestForm("client_secret") String clientSecret, @RestForm("scope") String scope,
                               @RestHeader("Authorization") String authorization) {
        stats.tokenRequested();
        return tokens.exchange(new TokenRequest(grantType, null, clientId, clientSecret, scope)
                .withBasic(authorization), true);
    }

    @ServerExceptionMapper
    public Response refused(LwaException e) {
        return Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(new LwaError(e.error(), e.getMessage()))
                .build();
    }
}
