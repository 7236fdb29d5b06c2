package com.code2asin.jobs.client;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check "keycloak": down until the realm has answered once since the start. Keycloak may come up after
 * job-api, whose OIDC set-up then waits for the first request (quarkus-oidc's lazy start): this check keeps traffic
 * away until that request can succeed. Once reached it stays up: tokens are then checked with the realm's keys held
 * in memory, and a Keycloak outage later does not make the API unready.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements AsyncHealthCheck {

    private static final Duration PATIENCE = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    private final URI discovery;
    private volatile boolean reached;

    KeycloakReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.discovery = URI.create(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Uni<Boolean> answers = reached ? Uni.createFrom().item(true) : Uni.createFrom()
                .completionStage(() -> http.sendAsync(HttpRequest.newBuilder(discovery).timeout(PATIENCE).build(),
                        HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false);
        return answers.map(up -> {
            reached |= up;
            return HealthCheckResponse.named("keycloak").status(up).withData("realm", discovery.toString()).build();
        });
    }
}
