package com.code2asin.simulator.rest;

import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.control.Settings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** SP-API response conventions: the error body, x-amzn-RequestId everywhere, the rate-limit header. */
public class SpApiResponses {

    // Amazon sends the rate-limit header best-effort on 20x, 400 and 404, never on 403 or 429
    private static final Set<Integer> RATE_LIMITED_STATUSES = Set.of(200, 400, 404);

    private final Settings settings;

    public SpApiResponses(Settings settings) {
        this.settings = settings;
    }

    @ServerExceptionMapper
    public Response refused(SpApiException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorList(java.util.List.of(new ErrorList.Error(e.code(), e.getMessage(), e.details()))));
        if (e.errorType() != null) {
            response.header("x-amzn-ErrorType", e.errorType());
        }
        return response.build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("x-amzn-RequestId", UUID.randomUUID().toString());
        if (request.getUriInfo().getPath().startsWith("/catalog/2022-04-01/")
                && RATE_LIMITED_STATUSES.contains(response.getStatus())) {
            double rate = settings.quota(Api.SP_API).rate();
            response.getHeaders().putSingle("x-amzn-RateLimit-Limit",
                    String.format(Locale.ROOT, "%.1f", rate > 0 ? rate : 2.0));
        }
    }
}
