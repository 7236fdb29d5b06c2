package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The web console's settings, read before its user logs in: which Keycloak realm and client, where lookup-worker is. */
@Path("/console/config.json")
public class ConsoleConfigResource {

    @RegisterForReflection
    public record ConsoleConfig(@JsonProperty("auth_server_url") String authServerUrl, String realm,
                                @JsonProperty("client_id") String clientId,
                                @JsonProperty("lookup_url") String lookupUrl) {
    }

    private final ConsoleConfig config;

    ConsoleConfigResource(JobApiConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String oidc) {
        String realmUrl = config.console().authServerUrl().orElse(oidc);
        int realms = realmUrl.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("job-api.console.auth-server-url must be a Keycloak realm URL "
                    + "(https://host/realms/<realm>), not " + realmUrl);
        }
        this.config = new ConsoleConfig(realmUrl.substring(0, realms), realmUrl.substring(realms + "/realms/".length()),
                config.console().clientId(), config.console().lookupUrl().orElse(""));
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ConsoleConfig get() {
        return config;
    }
}
