package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.rest.dto.ItemChangeView;
import com.code2asin.jobs.rest.dto.PageParams;
import com.code2asin.jobs.rest.dto.PageRequest;
import com.code2asin.jobs.rest.dto.ResultView;
import com.code2asin.jobs.rest.dto.ResultsPage;
import com.code2asin.model.WireNames;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.jobs.service.PriceAlerts;
import com.code2asin.jobs.service.ProductImages;
import com.code2asin.jobs.service.ResultPages;
import com.code2asin.jobs.service.ResultPages.ResultPage;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;

/** Results of a job, filtered by status and match type, with the job's summary figures. */
@Path("/api/v1/code2asin/jobs/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results")
public class ResultResource {

    private final ResultPages results;
    private final CurrentTenant caller;
    private final ProductImages images;
    private final PriceAlerts priceAlerts;

    ResultResource(ResultPages results, CurrentTenant caller, ProductImages images, PriceAlerts priceAlerts) {
        this.results = results;
        this.caller = caller;
        this.images = images;
        this.priceAlerts = priceAlerts;
    }

    @GET
    @Path("/{itemId}/history")
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "The item's change log, oldest first: every lookup (ASIN before and after, why, duration, "
            + "provider, marketplace and the provider's answer for the code) and every review decision")
    public Uni<List<ItemChangeView>> history(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return results.history(id, itemId, caller.id())
                .map(entries -> entries.stream().map(ItemChangeView::of).toList());
    }

    @GET
    @RolesAllowed("READ_CODE2ASIN")
    @Operation(summary = "Results of a job: status = matched|unmatched|ambiguous|failed|invalid|pending, "
            + "match_type = exact|partial|fuzzy|manual; skip/limit or page/per_page (at most 100)")
    public Uni<ResultsPage> results(@PathParam("id") UUID id, @QueryParam("status") String status,
                                    @QueryParam("match_type") String matchType, @BeanParam PageParams paging) {
        ItemStatus statusFilter = parse(ItemStatus.class, status, "status");
        MatchType typeFilter = parse(MatchType.class, matchType, "match_type");
        PageRequest request = paging.request(50, 100);
        return results.page(id, caller.id(), statusFilter, typeFilter, request.offset(), request.limit())
                .map(page -> page(id, page, request));
    }

    private ResultsPage page(UUID id, ResultPage page, PageRequest request) {
        return ResultsPage.of(id, page.job().status().value(), page.job().tally().figures(), page.lines().stream()
                .map(line -> ResultView.from(id, line, priceAlerts.alerting(line.priceDifferencePercent()))).toList(),
                request.meta(page.total()));
    }

    @GET
    @Path("/{itemId}/images/{sha256}")
    @RolesAllowed("READ_CODE2ASIN")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(responseCode = "200", description = "The image, with the Content-Type it was stored with",
            content = @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @Operation(summary = "One image stored for the item's product (a stored_images url of its result), streamed "
            + "from object storage")
    public RestMulti<byte[]> image(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
                                   @PathParam("sha256") String sha256) {
        return RestMulti.fromUniResponse(images.find(id, itemId, sha256, caller.id()), images::read,
                image -> Map.of("Content-Type", List.of(image.contentType()),
                        "Content-Length", List.of(Long.toString(image.bytes())),
                        "Cache-Control", List.of("private, max-age=86400")),
                image -> 200);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return WireNames.find(type, value).orElseThrow(() -> new InvalidException(name + " '" + value
                + "' is unknown; use one of " + java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
