package com.code2asin.simulator.fault;

import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.control.Settings;
import com.code2asin.simulator.creators.CreatorsError;
import com.code2asin.simulator.creators.CreatorsTokens;
import com.code2asin.simulator.lwa.LwaError;
import com.code2asin.simulator.lwa.TokenStore;
import com.code2asin.simulator.spapi.ErrorList;
import com.code2asin.simulator.stats.Stats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Counts catalog, search and pricing calls per API and credential, and injects the configured faults into them (and
 * into the token endpoints when asked): latency, 500/503 with the API's error body, a dropped connection, a truncated
 * body. While a token hang lasts, a token request is held, unanswered, until it ends.
 */
public class FaultFilter {

    private static final String MALFORMED = "simulator.fault.malformed";
    private static final String TOKEN_ENDPOINT = "(token endpoint)";

    private record Target(Api api, boolean token) {
    }

    private final Settings settings;
    private final Stats stats;
    private final TokenStore spTokens;
    private final CreatorsTokens creatorsTokens;
    private final ObjectMapper json;

    public FaultFilter(Settings settings, Stats stats, TokenStore spTokens, CreatorsTokens creatorsTokens,
                       ObjectMapper json) {
        this.settings = settings;
        this.stats = stats;
        this.spTokens = spTokens;
        this.creatorsTokens = creatorsTokens;
        this.json = json;
    }

    @ServerRequestFilter
    public Uni<Response> inject(ContainerRequestContext context, HttpServerRequest request) {
        Target target = target(request.path());
        if (target == null) {
            return Uni.createFrom().nullItem();
        }
        Duration hang = target.token() ? settings.tokenHangLeft() : Duration.ZERO;
        if (hang.isPositive()) {
            stats.tokenHeld();
            return Uni.createFrom().voidItem().onItem().delayIt().by(hang)
                    .flatMap(ignored -> inject(context, request, target));
        }
        return inject(context, request, target);
    }

    private Uni<Response> inject(ContainerRequestContext context, HttpServerRequest request, Target target) {
        String credential = target.token() ? TOKEN_ENDPOINT : credential(target.api(), request);
        if (!target.token()) {
            stats.called(target.api(), credential);
        }
        if (target.token() && !settings.faults().tokenEndpoints()) {
            return Uni.createFrom().nullItem();
        }
        long retryAfter = settings.faults().throttleRetryAfterS();
        if (!target.token() && retryAfter > 0) {
            stats.throttled(target.api(), credential);
            return Uni.createFrom().item(overloaded(target.api(), retryAfter));
        }
        Fault fault = Fault.draw(settings.faults(), ThreadLocalRandom.current());
        if (fault.kind() != Fault.Kind.NONE) {
            stats.faulted(target.api(), credential);
        }
        Uni<Void> wait = fault.delayMs() > 0
                ? Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(fault.delayMs()))
                : Uni.createFrom().voidItem();
        return wait.flatMap(ignored -> switch (fault.kind()) {
            case NONE -> Uni.createFrom().nullItem();
            case MALFORMED -> {
                context.setProperty(MALFORMED, Boolean.TRUE);
                yield Uni.createFrom().nullItem();
            }
            case DROP -> drop(request);
            case ERROR -> Uni.createFrom().item(serverError(target, ThreadLocalRandom.current().nextBoolean()));
        });
    }

    /** Closes the connection, and only once it is closed ends the request with an answer nobody receives. */
    private static Uni<Response> drop(HttpServerRequest request) {
        return Uni.createFrom().emitter(emitter -> {
            request.connection().closeHandler(closed -> emitter.complete(Response.status(503).build()));
            request.response().reset();
        });
    }

    @ServerResponseFilter
    public void truncate(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (request.getProperty(MALFORMED) == null || response.getStatus() != 200 || response.getEntity() == null) {
            return;
        }
        String body = json.writeValueAsString(response.getEntity());
        response.setEntity(body.substring(0, Math.max(1, body.length() / 2)), null, MediaType.APPLICATION_JSON_TYPE);
    }

    private static Target target(String path) {
        if (path.startsWith("/catalog/2022-04-01/")) {
            return new Target(Api.SP_API, false);
        }
        if (path.startsWith("/batches/products/pricing/v0/")) {
            return new Target(Api.SP_API_PRICING, false);
        }
        if (path.startsWith("/catalog/v1/")) {
            return new Target(Api.CREATORS, false);
        }
        if (path.equals("/auth/o2/token")) {
            return new Target(Api.SP_API, true);
        }
        if (path.equals("/oauth2/token")) {
            return new Target(Api.CREATORS, true);
        }
        return null;
    }

    private String credential(Api api, HttpServerRequest request) {
        String owner = api.sellingPartner() ? spTokens.owner(request.getHeader("x-amz-access-token"))
                : creatorsTokens.store().owner(CreatorsTokens.bearer(request.getHeader("Authorization")));
        return owner == null ? Stats.NO_CREDENTIAL : owner;
    }

    /** The API's own throttling answer, with a Retry-After asking the caller to stay away a while. */
    private static Response overloaded(Api api, long retryAfterSeconds) {
        Object body = api.sellingPartner()
                ? new ErrorList(List.of(new ErrorList.Error("QuotaExceeded",
                        "You exceeded your quota for the requested resource.", "")))
                : new CreatorsError("ThrottlingException", "Rate exceeded", null, null, null, null, null, null);
        return Response.status(429).type(MediaType.APPLICATION_JSON).header("Retry-After", retryAfterSeconds)
                .entity(body).build();
    }

    private static Response serverError(Target target, boolean unavailable) {
        int status = unavailable ? 503 : 500;
        Object body;
        if (target.token()) {
            body = unavailable ? new LwaError("temporarily_unavailable", "The service is temporarily unavailable.")
                    : new LwaError("server_error", "The server encountered an unexpected error.");
        } else if (target.api().sellingPartner()) {
            body = new ErrorList(List.of(unavailable
                    ? new ErrorList.Error("ServiceUnavailable", "Service temporarily unavailable. Please try again.", null)
                    : new ErrorList.Error("InternalFailure", "We encountered an internal error. Please try again.",
                    null)));
        } else {
            body = unavailable
                    ? new CreatorsError("ServiceUnavailableException", "The service is temporarily unavailable.",
                    null, null, null, null, null, null)
                    : new CreatorsError("InternalServerException", "An internal error occurred. Please retry.",
                    null, null, null, null, null, null);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
