package com.code2asin.lookup.contract;

import static com.code2asin.lookup.contract.SimulatorHttp.simulator;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.MatchType;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.lookup.service.MatchScorer;
import com.code2asin.model.event.ImageMode;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each provider against the amazon-simulator over HTTP: the wire protocol, the mapping and the account quota. */
@QuarkusTest
@QuarkusTestResource(value = SimulatorProcess.class, restrictToAnnotatedClass = true)
class SimulatorContractTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PRODUCTS = "/api/v1/code2asin/products/";

    @Inject
    @Any
    Instance<CatalogProvider> providers;

    @Inject
    LookupService lookups;

    @Inject
    Pool db;

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void everyProductFoundCarriesACodeAskedForAndItsData(String name) {
        CatalogProvider provider = provider(name);
        List<String> codes = codes(20, 7);
        CatalogAnswer answer = provider.lookup(Marketplace.DE, codes).await().atMost(WAIT);

        assertTrue(answer.failed().isEmpty(), () -> "failed: " + answer.failed());
        assertFalse(answer.products().isEmpty(), "about four codes in five are on Amazon");
        Set<String> asked = new HashSet<>(codes);
        for (CatalogProduct p : answer.products()) {
            assertTrue(p.asin().matches("B0[0-9A-Z]{8}"), p.asin());
            assertNotNull(p.title(), p.asin());
            assertTrue(p.variationParent() || p.gtin14s().stream().anyMatch(asked::contains),
                    p.asin() + " carries none of the codes asked for: " + p.gtin14s());
            assertTrue(p.variationParent() || !p.images().isEmpty(), p.asin() + " has no image");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void theSameCodesGiveTheSameAnswer(String name) {
        CatalogProvider provider = provider(name);
        List<String> codes = codes(20, 11);
        List<String> first = asins(provider.lookup(Marketplace.FR, codes).await().atMost(WAIT));
        List<String> second = asins(provider.lookup(Marketplace.FR, codes).await().atMost(WAIT));
        assertEquals(first, second, "the simulator's catalog is deterministic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void theRightAsinOfTheGroundTruthIsAmongTheProductsFound(String name) throws Exception {
        List<String[]> truth = groundTruth("UK", 40).stream().filter(r -> !r[2].isEmpty()).limit(20).toList();
        List<String> codes = truth.stream().map(r -> CodeParser.parse(r[0]).gtin14()).toList();
        Set<String> found = new HashSet<>(asins(provider(name).lookup(Marketplace.UK, codes).await().atMost(WAIT)));
        for (String[] row : truth) {
            assertTrue(found.contains(row[2]), () -> name + " did not find " + row[2] + " for " + row[0]);
        }
    }

    @Test
    void creatorsGivesPricesInTheMarketplaceCurrency() {
        CatalogAnswer answer = provider("creators").lookup(Marketplace.DE, codes(20, 13)).await().atMost(WAIT);
        List<CatalogProduct> priced = answer.products().stream().filter(p -> p.price() != null).toList();
        assertFalse(priced.isEmpty(), "offersV2 carries prices");
        priced.forEach(p -> assertEquals("EUR", p.currency(), p.asin()));
    }

    @Test
    void spApiRefusingACallForOneMalformedCodeStillAnswersTheOther19() {
        List<String> codes = new ArrayList<>(codes(19, 17));
        String good = codes.get(5);
        String broken = good.substring(0, 13) + (char) ('0' + (good.charAt(13) - '0' + 1) % 10); // wrong check digit
        codes.add(7, broken);
        CatalogAnswer answer = provider("sp-api").lookup(Marketplace.FR, codes).await().atMost(WAIT);

        assertEquals(Set.of(broken), answer.failed().keySet());
        assertEquals(ErrorCategory.INVALID_DATA, answer.failed().get(broken).category());
        assertTrue(answer.failed().get(broken).getMessage().contains("Invalid identifier"),
                answer.failed().get(broken).getMessage());
        assertEquals(19, answer.found().size(), "every other code has its answer");
        assertFalse(answer.products().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aListingWithoutIdentifiersIsFoundByItsTitle(String name) throws Exception {
        String[] titleOnly = titleOnlyListing("DE");
        List<CatalogProduct> found = provider(name).searchTitle(Marketplace.DE, titleOnly[4]).await().atMost(WAIT);
        assertTrue(found.stream().anyMatch(p -> p.title().equals(titleOnly[4]) && p.gtin14s().isEmpty()),
                () -> name + " did not find '" + titleOnly[4] + "': " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aNamedItemWhoseCodeFindsNothingGetsTheListingOfItsNameAsAFuzzyCandidate(String name) throws Exception {
        String[] titleOnly = titleOnlyListing("DE");
        LookupItem item = new LookupItem(UUID.randomUUID(), titleOnly[0], CodeParser.parse(titleOnly[0]).gtin14(),
                "EAN-13", titleOnly[4], null);
        LookupRequested batch = new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), "acme", Marketplace.DE,
                name, true, 0.85, false, 0, ImageMode.SKIP, List.of(item), List.of(), null);
        db.preparedQuery("DELETE FROM catalog_cache WHERE gtin14 = $1").execute(Tuple.of(item.gtin14()))
                .await().atMost(WAIT); // an earlier run's answer would come from the cache
        ItemResult result = lookups.lookup(batch).await().atMost(WAIT).items().get(0);

        assertFalse(result.fromCache());
        assertEquals(ItemStatus.AMBIGUOUS, result.status(), "a fuzzy candidate waits for a person: " + result);
        assertEquals(MatchType.FUZZY, result.candidates().get(0).matchType());
        assertEquals(titleOnly[4], result.candidates().get(0).title());
        assertTrue(result.confidence() < 0.85, "fuzzy stays under the threshold: " + result.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aCodeAbsentFromTheFirstMarketplaceIsLookedUpOnTheNext(String name) throws Exception {
        // a row per code and marketplace (code, marketplace, asin, kind, title): FR, then DE
        List<String[]> rows = groundTruth("FR,DE", 500, true);
        String[] gap = null;
        String[] onBoth = null;
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            String[] fr = rows.get(i);
            String[] de = rows.get(i + 1);
            if (gap == null && fr[2].isEmpty() && !de[2].isEmpty()) {
                gap = de;
            } else if (onBoth == null && fr[3].equals("PLAIN") && de[3].equals("PLAIN")) {
                onBoth = fr; // one listing carrying the code: matched, not ambiguous
            }
        }
        assertNotNull(gap, "a code listed on DE and not on FR among 500");
        assertNotNull(onBoth, "a plain listing on FR and DE among 500");
        LookupItem missingOnFr = item(gap[0]);
        LookupItem listedOnFr = item(onBoth[0]);
        db.preparedQuery("DELETE FROM catalog_cache WHERE gtin14 = ANY($1)").execute(Tuple.of(new String[] {
                missingOnFr.gtin14(), listedOnFr.gtin14()})).await().atMost(WAIT);
        LookupRequested batch = new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), "acme", Marketplace.FR,
                name, true, 0.85, false, 0, ImageMode.SKIP, List.of(missingOnFr, listedOnFr), List.of(Marketplace.DE),
                null);

        List<ItemResult> results = lookups.lookup(batch).await().atMost(WAIT).items();

        assertEquals(List.of(missingOnFr.itemId(), listedOnFr.itemId()), results.stream().map(ItemResult::itemId)
                .toList(), "one result per item, in the batch's order");
        String gapAsin = gap[2];
        assertEquals(Marketplace.DE, results.get(0).marketplace(), results.get(0)::toString);
        assertTrue(results.get(0).candidates().stream().anyMatch(c -> c.asin().equals(gapAsin)),
                results.get(0)::toString);
        assertEquals(Marketplace.FR, results.get(1).marketplace(), "found on the first marketplace, not asked of the next");
        assertEquals(onBoth[2], results.get(1).chosen(), results.get(1)::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aMultipackComesWithItsPackageQuantityAndScoresUnderTheSingleUnit(String name) throws Exception {
        String code = CodeParser.parse(listingOfKind("FR", "MULTIPACK")[0]).gtin14();
        List<CatalogProduct> found = provider(name).lookup(Marketplace.FR, List.of(code)).await().atMost(WAIT)
                .forCode(code);
        assertTrue(found.stream().anyMatch(p -> p.packageQuantity() > 1), () -> name + ": " + found);
        ItemResult scored = MatchScorer.score(new LookupItem(UUID.randomUUID(), code, code, "EAN-13", null, null),
                found, true, 0.85, 0);
        assertEquals(ItemStatus.MATCHED, scored.status(), scored::toString);
        assertEquals(MatchType.EXACT, scored.matchType());
        assertTrue(scored.candidates().stream().anyMatch(c -> c.matchType() == MatchType.PARTIAL), scored::toString);
    }

    @Test
    void anExpiredPriceIsRefreshedByAsinWithoutSearchingTheCodeAgain() throws Exception {
        List<String> plain = groundTruth("DE", 200).stream().filter(r -> !r[2].isEmpty())
                .map(r -> CodeParser.parse(r[0]).gtin14()).toList();
        db.preparedQuery("DELETE FROM catalog_cache WHERE gtin14 = ANY($1)")
                .execute(Tuple.of(plain.toArray(String[]::new))).await().atMost(WAIT);
        ItemResult first = null;
        String code = null;
        for (String candidate : plain) { // some listings have no priced offer
            first = lookups.lookup(batch("creators", "DE", candidate)).await().atMost(WAIT).items().get(0);
            if (first.status() == ItemStatus.MATCHED && first.candidates().get(0).price() != null) {
                code = candidate;
                break;
            }
        }
        assertNotNull(code, "a priced code among 200");
        db.preparedQuery("UPDATE catalog_cache SET offers_fetched_at = offers_fetched_at - interval '7 hours' "
                + "WHERE provider = 'creators' AND gtin14 = $1").execute(Tuple.of(code)).await().atMost(WAIT);
        simulator("POST", "/sim/stats/reset");

        ItemResult second = lookups.lookup(batch("creators", "DE", code)).await().atMost(WAIT).items().get(0);
        String stats = simulator("GET", "/sim/stats");
        assertTrue(second.fromCache(), "the identity came from the cache");
        assertEquals(first.chosen(), second.chosen());
        assertNotNull(second.candidates().get(0).price(), "with today's price");
        assertTrue(stats.contains("\"creators\":{\"calls\":1,"), "one getItems call, no search: " + stats);

        simulator("POST", "/sim/stats/reset");
        lookups.lookup(batch("creators", "DE", code)).await().atMost(WAIT);
        assertTrue(simulator("GET", "/sim/stats").contains("\"creators\":{\"calls\":0,"),
                "the refreshed price is fresh again");
    }

    private static LookupRequested batch(String provider, String marketplace, String gtin14) {
        return new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), "acme", Marketplace.named(marketplace),
                provider, true, 0.85, false, 0, ImageMode.SKIP, List.of(new LookupItem(UUID.randomUUID(), gtin14,
                gtin14, "EAN-13", null, null)), List.of(), true);
    }

    private static LookupItem item(String code) {
        return new LookupItem(UUID.randomUUID(), code, CodeParser.parse(code).gtin14(), "EAN-13", null, null);
    }

    /** A ground-truth row (code, marketplace, asin, kind, title) of a title-only listing. */
    private String[] titleOnlyListing(String marketplace) throws Exception {
        return listingOfKind(marketplace, "TITLE_ONLY");
    }

    /** The first ground-truth row (code, marketplace, asin, kind, title without quotes) of a kind of listing. */
    private String[] listingOfKind(String marketplace, String kind) throws Exception {
        HttpResponse<String> csv = SimulatorHttp.HTTP.send(HttpRequest.newBuilder(URI.create(SimulatorHttp.url()
                        + "/sim/ground-truth?detail=true&marketplaces=" + marketplace + "&count=500")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().lines().skip(1).map(l -> l.split(",", 5)).filter(r -> r[3].equals(kind))
                .map(r -> new String[] {r[0], r[1], r[2], r[3], r[4].substring(1, r[4].length() - 1)})
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " listing among 500 codes"));
    }

    private List<String[]> groundTruth(String marketplace, int count) throws Exception {
        return groundTruth(marketplace, count, false);
    }

    private List<String[]> groundTruth(String marketplaces, int count, boolean detail) throws Exception {
        HttpResponse<String> csv = SimulatorHttp.HTTP.send(HttpRequest.newBuilder(URI.create(SimulatorHttp.url()
                        + "/sim/ground-truth?marketplaces=" + marketplaces + "&count=" + count + "&detail=" + detail))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        return csv.body().lines().skip(1).map(l -> l.split(",", detail ? 5 : -1)).toList();
    }

    /** Read when used: a config property injected here would be required by every @QuarkusTest of the module. */

    @ParameterizedTest
    @ValueSource(strings = {"sp-api", "creators"})
    void aProductFoundByItsCodeIsFoundByItsAsinWithTheSameData(String name) {
        CatalogProvider provider = provider(name);
        CatalogProduct byCode = provider.lookup(Marketplace.DE, codes(20, 23)).await().atMost(WAIT).products()
                .stream().filter(p -> !p.variationParent()).findFirst().orElseThrow();
        CatalogProduct byAsin = provider.byAsin(Marketplace.DE, byCode.asin()).await().atMost(WAIT).orElseThrow();
        assertEquals(byCode.asin(), byAsin.asin());
        assertEquals(byCode.title(), byAsin.title());
        assertEquals(byCode.brand(), byAsin.brand());
        assertTrue(byAsin.gtin14s().containsAll(byCode.gtin14s()), byAsin.gtin14s() + " " + byCode.gtin14s());
        assertTrue(provider.byAsin(Marketplace.DE, "B0ZZZZZZZZ").await().atMost(WAIT).isEmpty(),
                "an ASIN the catalog does not know is found nowhere");
    }

    @Test
    void anAsinIsValidatedAndItsProductAnsweredOverHttp() {
        CatalogProduct known = provider("sp-api").lookup(Marketplace.FR, codes(20, 29)).await().atMost(WAIT)
                .products().stream().filter(p -> !p.variationParent()).findFirst().orElseThrow();
        String rita = token("rita");
        given().auth().oauth2(rita).queryParam("marketplace", "FR").get(PRODUCTS + known.asin().toLowerCase())
                .then().statusCode(200).body("asin", equalTo(known.asin())).body("title", equalTo(known.title()))
                .body("marketplace", equalTo("FR")).body("provider", equalTo("sp-api"));
        given().auth().oauth2(rita).get(PRODUCTS + "B0ZZZZZZZZ").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not in the FR catalog"));
        given().auth().oauth2(rita).get(PRODUCTS + "B0-TEST-1").then().statusCode(400)
                .body("detail", containsString("is not an ASIN"));
        given().auth().oauth2(rita).queryParam("marketplace", "XX").get(PRODUCTS + known.asin()).then()
                .statusCode(400).body("detail", containsString("unknown marketplace 'XX'"));
        given().get(PRODUCTS + known.asin()).then().statusCode(401);
    }

    private CatalogProvider provider(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> asins(CatalogAnswer answer) {
        return answer.products().stream().map(CatalogProduct::asin).sorted().toList();
    }

    /** Valid EAN-13s (as GTIN-14), the same for a seed. */
    private static List<String> codes(int count, long seed) {
        Random random = new Random(seed);
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            String body = "40" + String.format("%010d", random.nextLong(10_000_000_000L));
            codes.add("0" + body + CodeParser.checkDigit(body));
        }
        return codes;
    }
}
