package com.code2asin.simulator.spapi;

import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.control.Settings;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** SP-API response conventions: the error body, x-amzn-RequestId everywhere, the rate-limit header. */
public class SpApiResponses {

    // Amazon sends the rate-limit header best-effort on 20x, 400 and 404, never on 403 or 429
    private static final Set<Integer> RATE_LIMITED_STATUSES = Set.of(200, 400, 404);
    // Amazon's usage plans: Catalog Items 2 requests/s; Product Pricing getItemOffersBatch 0.1/s since July 2023
    private static final double CATALOG_ITEMS_RATE = 2.0;
    private static final double PRICING_RATE = 0.1;

    private final Settings settings;

    public SpApiResponses(Settings settings) {
        this.settings = settings;
    }

    @ServerExceptionMapper
    public Response refused(SpApiException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(new ErrorList(List.of(new ErrorList.Error(e.code(), e.getMessage(), e.details()))));
        if (e.errorType() != null) {
            response.header("x-amzn-ErrorType", e.errorType());
        }
        return response.build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("x-amzn-RequestId", UUID.randomUUID().toString());
        if (!RATE_LIMITED_STATUSES.contains(response.getStatus())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/catalog/2022-04-01/")) {
            response.getHeaders().putSingle("x-amzn-RateLimit-Limit", rateLimit(Api.SP_API, CATALOG_ITEMS_RATE));
        } else if (path.startsWith("/batches/products/pricing/v0/")) {
            response.getHeaders().putSingle("x-amzn-RateLimit-Limit", rateLimit(Api.SP_API_PRICING, PRICING_RATE));
        }
    }

    /** The rate of the plan in force, else Amazon's; at least one decimal, as Amazon writes it ("2.0", "0.1"). */
    private String rateLimit(Api api, double amazonRate) {
        double rate = settings.quota(api).rate();
        BigDecimal value = BigDecimal.valueOf(rate > 0 ? rate : amazonRate).stripTrailingZeros();
        return value.setScale(Math.max(1, value.scale())).toPlainString();
    }
}
