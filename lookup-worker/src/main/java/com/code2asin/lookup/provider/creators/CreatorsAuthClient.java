package com.code2asin.lookup.provider.creators;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The OAuth2 client-credentials token endpoint of a Creators API credential. Its host depends on the credential
 * version (docs/amazon.md, "Creators API: authentication"): 2.x is an Amazon Cognito pool ({@code /oauth2/token},
 * form body), 3.x is Login with Amazon ({@code /auth/o2/token}, JSON body as Amazon's SDK sends it).
 */
@RegisterRestClient(configKey = "creators-auth")
public interface CreatorsAuthClient {

    /** Version 2.x credentials; scope {@code creatorsapi/default}. */
    @POST
    @Path("/oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<CreatorsToken> cognito(@FormParam("grant_type") String grantType,
                               @FormParam("client_id") String clientId,
                               @FormParam("client_secret") String clientSecret,
                               @FormParam("scope") String scope);

    /** Version 3.x credentials; scope {@code creatorsapi::default}. */
    @POST
    @Path("/auth/o2/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<CreatorsToken> lwa(LwaRequest request);

    /** Login with Amazon's JSON token request. Its {@code toString} hides the secret. */
    @RegisterForReflection
    record LwaRequest(
            @JsonProperty("grant_type") String grantType,
            @JsonProperty("client_id") String clientId,
            @JsonProperty("client_secret") String clientSecret,
            @JsonProperty("scope") String scope) {

        @Override
        public String toString() {
            return "LwaRequest[grantType=" + grantType + ", clientId=" + clientId + ", clientSecret=***, scope="
                    + scope + "]";
        }
    }
}
