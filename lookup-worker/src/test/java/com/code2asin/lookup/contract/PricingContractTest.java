package com.code2asin.lookup.contract;

import static com.code2asin.lookup.contract.SimulatorHttp.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.TestBatches;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.Fulfillment;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.OfferSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SP-API prices: the Product Pricing API (getItemOffersBatch) against the amazon-simulator over HTTP, as a batch
 * that asks for prices uses it: 20 ASINs a call, on a quota of its own, mapped into each candidate's offer summary.
 */
@QuarkusTest
@QuarkusTestResource(value = SimulatorProcess.class, restrictToAnnotatedClass = true)
class PricingContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    LookupService lookups;

    @Inject
    @Any
    Instance<CatalogProvider> providers;

    @Inject
    Pool db;

    @AfterEach
    void configuredQuotas() throws Exception {
        simulator("DELETE", "/sim/config", null);
    }

    @Test
    void aBatchAskingForPricesGetsEachCandidatesOffersAtOnePricingCallPer20Asins() throws Exception {
        List<String> codes = listedCodes("DE", 30);
        simulator("POST", "/sim/stats/reset", null);

        List<ItemResult> results = lookups.lookup(batch(codes, true)).await().atMost(WAIT).items();

        assertTrue(results.stream().noneMatch(r -> r.status() == ItemStatus.FAILED), results::toString);
        List<Candidate> candidates = results.stream().flatMap(r -> r.candidates().stream()).toList();
        List<Candidate> priced = candidates.stream().filter(c -> c.offer() != null).toList();
        assertFalse(priced.isEmpty());
        for (Candidate c : priced) {
            OfferSummary offer = c.offer();
            assertEquals(offer.displayPrice(), c.price(), c::toString);
            if (c.price() != null) {
                assertEquals("EUR", c.currency(), c::toString);
                assertTrue(offer.offerCount() > 0, c::toString);
                assertNotNull(offer.fulfillment(), c::toString);
                assertTrue(offer.lowestNewPrice() == null || offer.lowestNewPrice().compareTo(c.price()) <= 0,
                        () -> "the lowest new price is at most the Buy Box's: " + c);
            }
        }
        long withPrice = priced.stream().filter(c -> c.price() != null).count();
        assertTrue(withPrice >= priced.size() / 2, withPrice + " of " + priced.size() + " priced");
        long asins = priced.stream().map(Candidate::asin).distinct().count();
        JsonNode pricing = stats().path("apis").path("sp-api-pricing");
        assertEquals((asins + 19) / 20, pricing.path("calls").asLong(), pricing::toString);
        assertEquals(asins, pricing.path("identifiers").asLong(), "each candidate's ASIN asked once");
    }

    @Test
    void aBatchThatDoesNotAskForPricesMakesNoPricingCall() throws Exception {
        List<String> codes = listedCodes("FR", 10);
        simulator("POST", "/sim/stats/reset", null);

        List<ItemResult> results = lookups.lookup(batch("FR", codes, false)).await().atMost(WAIT).items();

        assertTrue(results.stream().anyMatch(r -> r.status() == ItemStatus.MATCHED), results::toString);
        results.forEach(r -> r.candidates().forEach(c -> {
            assertNull(c.price(), c::toString);
            assertNull(c.offer(), c::toString);
        }));
        assertEquals(0, stats().path("apis").path("sp-api-pricing").path("calls").asLong());
    }

    @Test
    void theBuyBoxPriceOfAnAmazonFulfilledOfferIsThePriceTheCreatorsApiShows() throws Exception {
        List<String> codes = listedCodes("DE", 20);
        List<ItemResult> results = lookups.lookup(batch(codes, true)).await().atMost(WAIT).items();
        Map<String, CatalogProduct> byCreators = providers.stream().filter(p -> p.name().equals("creators"))
                .findFirst().orElseThrow().lookup(Marketplace.DE, codes).await().atMost(WAIT).products().stream()
                .collect(Collectors.toMap(CatalogProduct::asin, p -> p, (a, b) -> a));
        List<Candidate> fba = results.stream().flatMap(r -> r.candidates().stream())
                .filter(c -> c.offer() != null && c.offer().buyBoxPrice() != null
                        && c.offer().fulfillment() == Fulfillment.FBA && byCreators.containsKey(c.asin()))
                .toList();
        assertFalse(fba.isEmpty(), "an Amazon-fulfilled Buy Box among 20 listed codes");
        for (Candidate c : fba) {
            assertEquals(0, byCreators.get(c.asin()).price().compareTo(c.offer().buyBoxPrice()),
                    () -> c.asin() + ": SP-API " + c.offer() + ", Creators " + byCreators.get(c.asin()).price());
        }
    }

    @Test
    void throttlingOnThePricingQuotaIsWaitedOutAndLeavesTheCatalogQuotaAlone() throws Exception {
        List<String> codes = listedCodes("DE", 60);
        simulator("PUT", "/sim/config", "{\"quota\":{\"sp-api-pricing\":{\"rate\":0.5,\"burst\":1}}}");
        simulator("POST", "/sim/stats/reset", null);

        List<ItemResult> results = lookups.lookup(batch(codes, true)).await().atMost(WAIT).items();

        assertTrue(results.stream().noneMatch(r -> r.status() == ItemStatus.FAILED),
                () -> "no item pays for the quota: " + results.stream().filter(r -> r.status() == ItemStatus.FAILED)
                        .map(ItemResult::error).distinct().toList());
        assertTrue(results.stream().flatMap(r -> r.candidates().stream()).map(Candidate::offer)
                .anyMatch(Objects::nonNull));
        JsonNode apis = stats().path("apis");
        assertTrue(apis.path("sp-api-pricing").path("throttled").asLong() > 0,
                "the worker asked faster than 0.5/s and was told to wait: " + apis);
        assertEquals(0, apis.path("sp-api").path("throttled").asLong(), "the catalog quota is another bucket");
    }

    /** Codes the ground truth lists on the marketplace, their cached answers forgotten. */
    private List<String> listedCodes(String marketplace, int count) throws Exception {
        HttpResponse<String> csv = SimulatorHttp.HTTP.send(HttpRequest.newBuilder(URI.create(SimulatorHttp.url()
                + "/sim/ground-truth?marketplaces=" + marketplace + "&count=" + (count * 2))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> codes = csv.body().lines().skip(1).map(l -> l.split(",", -1)).filter(r -> !r[2].isEmpty())
                .map(r -> CodeParser.parse(r[0]).gtin14()).distinct().limit(count).toList();
        assertEquals(count, codes.size(), "listed codes among " + count * 2);
        db.preparedQuery("DELETE FROM catalog_cache WHERE gtin14 = ANY($1)")
                .execute(Tuple.of(codes.toArray(String[]::new))).await().atMost(WAIT);
        return codes;
    }

    private static LookupRequested batch(List<String> gtin14s, boolean withPrices) {
        return batch("DE", gtin14s, withPrices);
    }

    private static LookupRequested batch(String marketplace, List<String> gtin14s, boolean withPrices) {
        return TestBatches.of("acme", Marketplace.named(marketplace), "sp-api", gtin14s, withPrices);
    }

    private static JsonNode stats() throws Exception {
        return JSON.readTree(simulator("GET", "/sim/stats", null));
    }

}
