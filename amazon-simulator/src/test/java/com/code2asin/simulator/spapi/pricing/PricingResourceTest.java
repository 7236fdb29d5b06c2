package com.code2asin.simulator.spapi.pricing;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.simulator.SimulatorClient;
import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.Product;
import com.code2asin.simulator.catalog.StableHash;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import static com.code2asin.simulator.SimulatorClient.FR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PricingResourceTest {

    private static final String BATCH = "/batches/products/pricing/v0/itemOffers";
    private static final String UNKNOWN = "B0ZZZZZZZZ";
    private static final RestAssuredConfig DECIMALS = RestAssured.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    Catalog catalog;

    @AfterEach
    void restore() {
        given().delete("/sim/config").then().statusCode(200);
    }

    private static Map<String, Object> request(String asin, String marketplaceId, String condition) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uri", "/products/pricing/v0/items/" + asin + "/offers");
        r.put("method", "GET");
        r.put("MarketplaceId", marketplaceId);
        r.put("ItemCondition", condition);
        r.put("CustomerType", "Consumer");
        return r;
    }

    private static Map<String, Object> request(String asin) {
        return request(asin, FR, "New");
    }

    private static ValidatableResponse batch(String token, List<Map<String, Object>> requests) {
        return given().config(DECIMALS).header("x-amz-access-token", token).contentType(ContentType.JSON)
                .body(Map.of("requests", requests)).post(BATCH).then();
    }

    /** The first single-unit listing among the ground-truth codes on {@code m} that {@code wanted} accepts. */
    private Product listing(Marketplace m, Predicate<Product> wanted) {
        return LongStream.range(0, 20_000).mapToObj(i -> catalog.codes().code(i))
                .map(c -> catalog.rightAsin(CodeParser.parse(c).gtin14(), m))
                .flatMap(Optional::stream)
                .map(asin -> catalog.byAsin(asin, m).orElseThrow())
                .filter(wanted)
                .findFirst().orElseThrow();
    }

    private Product variationParent(Marketplace m) {
        return LongStream.range(0, 20_000).mapToObj(i -> catalog.codes().code(i))
                .flatMap(c -> catalog.find(CodeParser.parse(c).gtin14(), m).stream())
                .filter(p -> Product.VARIATION_PARENT.equals(p.itemClassification()))
                .findFirst().orElseThrow();
    }

    private static String credential(String refreshToken) {
        return "amzn1.application-oa2-client.code2asin-local/rt-"
                + "%016x".formatted(StableHash.of(refreshToken)).substring(0, 8);
    }

    @Test
    void oneCallAnswersPricedUnpricedUnofferedUnknownAndParentAsinsInOrder() {
        Product priced = listing(Marketplace.FR, p -> catalog.price(p).isPresent()
                && catalog.sellerOffers(p).offers().size() > 5);
        Product unpriced = listing(Marketplace.FR, p -> catalog.offered(p) && catalog.price(p).isEmpty());
        Product unoffered = listing(Marketplace.FR, p -> !catalog.offered(p));
        String parent = variationParent(Marketplace.FR).asin();
        BigDecimal price = catalog.price(priced).orElseThrow().amount();
        int total = catalog.sellerOffers(priced).offers().size();

        JsonPath body = batch(SimulatorClient.accessToken(), List.of(request(priced.asin()),
                request(unpriced.asin()), request(unoffered.asin()), request(UNKNOWN), request(parent)))
                .statusCode(200)
                .header("x-amzn-RateLimit-Limit", "0.1")
                .header("x-amzn-RequestId", notNullValue())
                .body("responses.size()", equalTo(5))
                .body("responses.request.Asin", equalTo(List.of(priced.asin(), unpriced.asin(), unoffered.asin(),
                        UNKNOWN, parent)))
                .body("responses.request.MarketplaceId", everyItem(equalTo(FR)))
                .body("responses.request.CustomerType", everyItem(equalTo("Consumer")))
                .body("responses.headers.'x-amzn-RequestId'", everyItem(notNullValue()))
                // the priced listing: Buy Box at the offersV2 price, its winner first among at most 5 offers
                .body("responses[0].status.statusCode", equalTo(200))
                .body("responses[0].status.reasonPhrase", equalTo("OK"))
                .body("responses[0].body.payload.marketplaceId", equalTo(FR))
                .body("responses[0].body.payload.ASIN", equalTo(priced.asin()))
                .body("responses[0].body.payload.ItemCondition", equalTo("New"))
                .body("responses[0].body.payload.status", equalTo("Success"))
                .body("responses[0].body.payload.Identifier.ASIN", equalTo(priced.asin()))
                .body("responses[0].body.payload.Identifier.MarketplaceId", equalTo(FR))
                .body("responses[0].body.payload.Summary.TotalOfferCount", equalTo(total))
                .body("responses[0].body.payload.Summary.NumberOfOffers.OfferCount.sum()", equalTo(total))
                .body("responses[0].body.payload.Summary.NumberOfOffers.condition", everyItem(equalTo("new")))
                .body("responses[0].body.payload.Summary.BuyBoxPrices.size()", equalTo(1))
                .body("responses[0].body.payload.Summary.BuyBoxPrices[0].condition", equalTo("New"))
                .body("responses[0].body.payload.Summary.BuyBoxPrices[0].ListingPrice.Amount", comparesEqualTo(price))
                .body("responses[0].body.payload.Summary.BuyBoxPrices[0].ListingPrice.CurrencyCode", equalTo("EUR"))
                .body("responses[0].body.payload.Offers.size()", equalTo(5))
                .body("responses[0].body.payload.Offers[0].IsBuyBoxWinner", equalTo(true))
                .body("responses[0].body.payload.Offers[0].ListingPrice.Amount", comparesEqualTo(price))
                .body("responses[0].body.payload.Offers.findAll { it.IsBuyBoxWinner }.size()", equalTo(1))
                .body("responses[0].body.payload.Offers.SubCondition", everyItem(equalTo("new")))
                .body("responses[0].body.payload.Offers.ShippingTime.availabilityType", everyItem(
                        anyOf(is("NOW"), is("FUTURE_WITH_DATE"), is("FUTURE_WITHOUT_DATE"))))
                // the listing without a price: merchants only, no Buy Box
                .body("responses[1].status.statusCode", equalTo(200))
                .body("responses[1].body.payload.status", equalTo("Success"))
                .body("responses[1].body.payload.Summary", not(hasKey("BuyBoxPrices")))
                .body("responses[1].body.payload.Summary.LowestPrices.fulfillmentChannel", equalTo(List.of("Merchant")))
                .body("responses[1].body.payload.Summary.NumberOfOffers.fulfillmentChannel",
                        equalTo(List.of("Merchant")))
                .body("responses[1].body.payload.Offers.IsBuyBoxWinner", everyItem(equalTo(false)))
                .body("responses[1].body.payload.Offers.IsFulfilledByAmazon", everyItem(equalTo(false)))
                .body("responses[1].body.payload.Offers.PrimeInformation.IsPrime", everyItem(equalTo(false)))
                // the listing nobody offers
                .body("responses[2].status.statusCode", equalTo(200))
                .body("responses[2].body.payload.status", equalTo("NoBuyableOffers"))
                .body("responses[2].body.payload.Summary", equalTo(Map.of("TotalOfferCount", 0)))
                .body("responses[2].body.payload.Offers.size()", equalTo(0))
                // an ASIN the marketplace does not know, a variation parent: a 400 entry each
                .body("responses[3].status.statusCode", equalTo(400))
                .body("responses[3].status.reasonPhrase", equalTo("Bad Request"))
                .body("responses[3].body", not(hasKey("payload")))
                .body("responses[3].body.errors[0].code", equalTo("InvalidInput"))
                .body("responses[3].body.errors[0].message",
                        equalTo("ASIN B0ZZZZZZZZ is not a valid item of marketplace " + FR))
                .body("responses[4].status.statusCode", equalTo(400))
                .body("responses[4].body.errors[0].message",
                        equalTo("ASIN " + parent + " is not a valid item of marketplace " + FR))
                .extract().jsonPath(JsonPathConfig.jsonPathConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

        DateTimeFormatter.RFC_1123_DATE_TIME.parse(body.getString("responses[0].headers.Date"));
        BigDecimal buyBoxLanded = body.getObject("responses[0].body.payload.Summary.BuyBoxPrices[0].LandedPrice.Amount",
                BigDecimal.class);
        List<BigDecimal> lowest = body.getList("responses[0].body.payload.Summary.LowestPrices.LandedPrice.Amount",
                BigDecimal.class);
        assertTrue(Collections.min(lowest).compareTo(buyBoxLanded) <= 0, lowest + " vs " + buyBoxLanded);
        List<Map<String, Object>> offers = body.getList("responses[0].body.payload.Offers");
        for (Map<String, Object> offer : offers) {
            boolean fba = (Boolean) offer.get("IsFulfilledByAmazon");
            BigDecimal shipping = new BigDecimal(String.valueOf(((Map<?, ?>) offer.get("Shipping")).get("Amount")));
            assertEquals(fba, shipping.signum() == 0, offer.toString());
            assertEquals(fba, ((Map<?, ?>) offer.get("PrimeInformation")).get("IsPrime"), offer.toString());
        }
    }

    @Test
    void theBuyBoxWinnerSellsAtTheCreatorsOfferPrice() {
        String creators = SimulatorClient.creatorsToken();
        List<Product> priced = LongStream.range(0, 400).mapToObj(i -> catalog.codes().code(i))
                .map(c -> catalog.rightAsin(CodeParser.parse(c).gtin14(), Marketplace.UK))
                .flatMap(Optional::stream)
                .map(asin -> catalog.byAsin(asin, Marketplace.UK).orElseThrow())
                .filter(p -> catalog.price(p).isPresent())
                .limit(10).toList();
        List<String> asins = priced.stream().map(Product::asin).toList();
        JsonPath offersV2 = given().config(DECIMALS).header("Authorization", "Bearer " + creators)
                .header("x-marketplace", "www.amazon.co.uk").contentType(ContentType.JSON)
                .body(Map.of("partnerTag", "t", "itemIds", asins, "resources", List.of("offersV2.listings.price")))
                .post("/catalog/v1/getItems").then().statusCode(200)
                .extract().jsonPath(JsonPathConfig.jsonPathConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        JsonPath pricing = batch(SimulatorClient.accessToken(), asins.stream()
                .map(a -> request(a, Marketplace.UK.marketplaceId(), "New")).toList())
                .statusCode(200)
                .extract().jsonPath(JsonPathConfig.jsonPathConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        for (int i = 0; i < asins.size(); i++) {
            String listing = "itemsResult.items.find { it.asin == '" + asins.get(i) + "' }.offersV2.listings[0]";
            String buyBox = "responses[" + i + "].body.payload.Summary.BuyBoxPrices[0].ListingPrice";
            BigDecimal creatorsPrice = offersV2.getObject(listing + ".price.money.amount", BigDecimal.class);
            assertEquals(0, creatorsPrice.compareTo(pricing.getObject(buyBox + ".Amount", BigDecimal.class)),
                    asins.get(i));
            assertEquals(0, creatorsPrice.compareTo(catalog.price(priced.get(i)).orElseThrow().amount()));
            assertEquals("GBP", pricing.getString(buyBox + ".CurrencyCode"));
            assertEquals(offersV2.getString(listing + ".price.money.currency"),
                    pricing.getString(buyBox + ".CurrencyCode"));
        }
    }

    @Test
    void anotherConditionThanNewHasNoBuyableOffers() {
        Product priced = listing(Marketplace.FR, p -> catalog.price(p).isPresent());
        batch(SimulatorClient.accessToken(), List.of(request(priced.asin(), FR, "Used")))
                .statusCode(200)
                .body("responses[0].status.statusCode", equalTo(200))
                .body("responses[0].request.ItemCondition", equalTo("Used"))
                .body("responses[0].body.payload.ItemCondition", equalTo("Used"))
                .body("responses[0].body.payload.status", equalTo("NoBuyableOffers"))
                .body("responses[0].body.payload.Summary.TotalOfferCount", equalTo(0));
    }

    @Test
    void twentyRequestsAreAnsweredAndTwentyOneRefusedWhole() {
        String token = SimulatorClient.accessToken();
        List<Map<String, Object>> requests = new ArrayList<>(Collections.nCopies(20, request(UNKNOWN)));
        batch(token, requests).statusCode(200).body("responses.size()", equalTo(20));
        requests.add(request(UNKNOWN));
        batch(token, requests).statusCode(400)
                .header("x-amzn-RateLimit-Limit", "0.1")
                .body("errors.size()", equalTo(1))
                .body("errors[0].code", equalTo("InvalidInput"))
                .body("errors[0].message", equalTo("'requests' accepts at most 20 requests, got 21"));
        batch(token, List.of()).statusCode(400)
                .body("errors[0].message", equalTo("Missing required 'requests': between 1 and 20 requests are expected"));
    }

    @Test
    void aBadUriRefusesTheWholeCall() {
        Map<String, Object> bad = request(UNKNOWN);
        bad.put("uri", "/products/pricing/v0/listings/MY-SKU/offers");
        batch(SimulatorClient.accessToken(), List.of(request(UNKNOWN), bad)).statusCode(400)
                .body("errors[0].code", equalTo("InvalidInput"))
                .body("errors[0].message", equalTo("Invalid uri '/products/pricing/v0/listings/MY-SKU/offers' in "
                        + "requests[1]; expected /products/pricing/v0/items/{Asin}/offers"))
                .body("responses", nullValue());
    }

    @Test
    void aWrongMethodMarketplaceOrConditionRefusesTheWholeCall() {
        String token = SimulatorClient.accessToken();
        Map<String, Object> post = request(UNKNOWN);
        post.put("method", "POST");
        batch(token, List.of(post)).statusCode(400)
                .body("errors[0].message", equalTo("Invalid method 'POST' in requests[0]; getItemOffersBatch accepts GET only"));
        batch(token, List.of(request(UNKNOWN, "A2EUQ1WTGCTBG2", "New"))).statusCode(400)
                .body("errors[0].message", equalTo("Invalid MarketplaceId 'A2EUQ1WTGCTBG2' in requests[0]"));
        batch(token, List.of(request(UNKNOWN, FR, "Mint"))).statusCode(400)
                .body("errors[0].message", equalTo("Invalid ItemCondition 'Mint' in requests[0]; expected one of New, "
                        + "Used, Collectible, Refurbished, Club"));
    }

    @Test
    void aCallWithoutAValidTokenIsDeniedWithTheSpApiBody() {
        batch("Atza|forged", List.of(request(UNKNOWN))).statusCode(403)
                .header("x-amzn-ErrorType", "AccessDeniedException")
                .header("x-amzn-RateLimit-Limit", nullValue())
                .body("errors[0].code", equalTo("Unauthorized"))
                .body("errors[0].details", equalTo("The access token you provided is revoked, malformed or invalid."));
    }

    @Test
    void thePricingQuotaIsPerSellerAndApartFromCatalogItems() {
        given().get("/sim/config").then().body("quota.sp-api-pricing.rate", equalTo(0.0f));
        given().contentType(ContentType.JSON)
                .body(Map.of("quota", Map.of("sp-api-pricing", Map.of("rate", 0.001, "burst", 1))))
                .put("/sim/config").then().statusCode(200)
                .body("quota.sp-api-pricing.rate", equalTo(0.001f))
                .body("quota.sp-api.rate", equalTo(0.0f));
        String first = SimulatorClient.accessToken();
        String second = SimulatorClient.accessToken("Atzr|second-seller");
        batch(first, List.of(request(UNKNOWN))).statusCode(200).header("x-amzn-RateLimit-Limit", "0.001");
        batch(first, List.of(request(UNKNOWN))).statusCode(429)
                .header("x-amzn-ErrorType", "TooManyRequestsException")
                .header("x-amzn-RateLimit-Limit", nullValue())
                .body("errors[0].code", equalTo("QuotaExceeded"))
                .body("errors[0].message", equalTo("You exceeded your quota for the requested resource."));
        batch(SimulatorClient.accessToken(), List.of(request(UNKNOWN))).statusCode(429);
        batch(second, List.of(request(UNKNOWN))).statusCode(200);
        given().header("x-amz-access-token", first).queryParam("marketplaceIds", FR)
                .get("/catalog/2022-04-01/items/" + UNKNOWN).then().statusCode(404)
                .header("x-amzn-RateLimit-Limit", "2.0");
    }

    @Test
    void statsCountCallsRequestsThrottlesAndFaultsPerSeller() {
        given().contentType(ContentType.JSON)
                .body(Map.of("quota", Map.of("sp-api-pricing", Map.of("rate", 0.001, "burst", 1))))
                .put("/sim/config").then().statusCode(200);
        given().post("/sim/stats/reset").then().statusCode(204);
        String token = SimulatorClient.accessToken();
        batch(token, List.of(request(UNKNOWN), request(UNKNOWN), request(UNKNOWN))).statusCode(200);
        batch(token, List.of(request(UNKNOWN))).statusCode(429);
        batch("Atza|forged", List.of(request(UNKNOWN))).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("faults", Map.of("error-rate", 1.0)))
                .put("/sim/config").then().statusCode(200);
        batch(SimulatorClient.accessToken("Atzr|second-seller"), List.of(request(UNKNOWN)))
                .statusCode(anyOf(is(500), is(503)))
                .body("errors[0].code", anyOf(is("InternalFailure"), is("ServiceUnavailable")));
        String seller = credential(SimulatorClient.REFRESH_TOKEN);
        given().get("/sim/stats").then().statusCode(200)
                .body("catalog_requests", equalTo(0))
                .body("token_refusals", equalTo(1))
                .body("apis.'sp-api-pricing'.calls", equalTo(4))
                .body("apis.'sp-api-pricing'.identifiers", equalTo(3))
                .body("apis.'sp-api-pricing'.throttled", equalTo(1))
                .body("apis.'sp-api-pricing'.faults", equalTo(1))
                .body("apis.'sp-api-pricing'.credentials.'" + seller + "'.calls", equalTo(2))
                .body("apis.'sp-api-pricing'.credentials.'" + seller + "'.identifiers", equalTo(3))
                .body("apis.'sp-api-pricing'.credentials.'" + seller + "'.throttled", equalTo(1))
                .body("apis.'sp-api-pricing'.credentials.'" + credential("Atzr|second-seller") + "'.faults",
                        equalTo(1))
                .body("apis.'sp-api-pricing'.credentials.'(none)'.calls", equalTo(1))
                .body("apis.'sp-api'.calls", equalTo(0));
    }
}
