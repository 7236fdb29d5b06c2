package com.code2asin.simulator.creators;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.simulator.SimulatorClient;
import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.Product;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CreatorsResourceTest {

    private static final String SEARCH = "/catalog/v1/searchItems";
    private static final String GET = "/catalog/v1/getItems";
    private static final List<String> RESOURCES = List.of("itemInfo.externalIds", "itemInfo.title",
            "itemInfo.byLineInfo", "itemInfo.classifications", "images.primary.small", "images.primary.medium",
            "images.primary.large", "images.variants.large", "offersV2.listings.price",
            "offersV2.listings.isBuyBoxWinner", "browseNodeInfo.browseNodes", "browseNodeInfo.websiteSalesRank",
            "parentASIN");

    @Inject
    Catalog catalog;

    private String token;

    @BeforeEach
    void login() {
        token = SimulatorClient.creatorsToken();
    }

    private RequestSpecification call(String store) {
        return given().header("Authorization", "Bearer " + token + ", Version 2.2")
                .header("x-marketplace", store).contentType(ContentType.JSON);
    }

    /** A ground-truth code that a code search finds on {@code m} as a plain single listing with a price. */
    private String plainCode(Marketplace m) {
        return LongStream.range(0, 5000).mapToObj(i -> catalog.codes().code(i))
                .filter(c -> {
                    List<Product> found = catalog.find(CodeParser.parse(c).gtin14(), m);
                    return found.size() == 1 && catalog.price(found.getFirst()).isPresent();
                })
                .findFirst().orElseThrow();
    }

    @Test
    void anAccountWithoutQualifyingSalesIsRefusedWith403AssociateNotEligible() {
        given().header("Authorization", "Bearer " + SimulatorClient.creatorsToken("new-associate", "new-secret")
                        + ", Version 2.2").header("x-marketplace", "www.amazon.fr").contentType(ContentType.JSON)
                .body(Map.of("partnerTag", "code2asin-21", "keywords", plainCode(Marketplace.FR), "resources", RESOURCES))
                .post(SEARCH)
                .then().statusCode(403)
                .body("type", equalTo("AccessDeniedException"))
                .body("reason", equalTo("AssociateNotEligible"))
                .body("message", containsString("eligibility"));
    }

    @Test
    void searchItemsByCodeReturnsTheSpApiAsinWithLowerCamelCaseData() {
        String code = plainCode(Marketplace.FR);
        String asin = catalog.rightAsin(CodeParser.parse(code).gtin14(), Marketplace.FR).orElseThrow();
        call("www.amazon.fr")
                .body(Map.of("partnerTag", "code2asin-21", "keywords", code, "searchIndex", "All", "itemCount", 10,
                        "resources", RESOURCES))
                .post(SEARCH)
                .then().statusCode(200)
                .body("searchResult.totalResultCount", equalTo(1))
                .body("searchResult.searchURL", containsString("www.amazon.fr/s?k=" + code))
                .body("searchResult.items[0].asin", equalTo(asin))
                .body("searchResult.items[0].detailPageURL", containsString("/dp/" + asin + "?tag=code2asin-21"))
                .body("searchResult.items[0].itemInfo.title.displayValue", notNullValue())
                .body("searchResult.items[0].itemInfo.byLineInfo.brand.displayValue", notNullValue())
                .body("searchResult.items[0].itemInfo.byLineInfo.manufacturer.displayValue", notNullValue())
                .body("searchResult.items[0].itemInfo.classifications.productGroup.displayValue", notNullValue())
                .body("searchResult.items[0].images.primary.large.url", containsString("/images/I/"))
                .body("searchResult.items[0].images.primary.small.width", lessThanOrEqualTo(75))
                .body("searchResult.items[0].offersV2.listings[0].price.money.currency", equalTo("EUR"))
                .body("searchResult.items[0].offersV2.listings[0].price.money.displayAmount", endsWith(" €"))
                .body("searchResult.items[0].offersV2.listings[0].isBuyBoxWinner", equalTo(true))
                .body("searchResult.items[0].browseNodeInfo.browseNodes[0].id", notNullValue())
                .body("searchResult.items[0].browseNodeInfo.websiteSalesRank.salesRank", notNullValue());
        List<String> forms = call("www.amazon.fr")
                .body(Map.of("partnerTag", "t", "keywords", code, "resources", List.of("itemInfo.externalIds")))
                .post(SEARCH).then().statusCode(200)
                .extract().path("searchResult.items[0].itemInfo.externalIds.eans.displayValues");
        List<String> upcs = call("www.amazon.fr")
                .body(Map.of("partnerTag", "t", "keywords", code, "resources", List.of("itemInfo.externalIds")))
                .post(SEARCH).then().extract().path("searchResult.items[0].itemInfo.externalIds.upcs.displayValues");
        String gtin = CodeParser.parse(code).gtin14();
        java.util.stream.Stream.concat(forms == null ? java.util.stream.Stream.empty() : forms.stream(),
                        upcs == null ? java.util.stream.Stream.empty() : upcs.stream())
                .forEach(f -> assertEquals(gtin, CodeParser.parse(f).gtin14()));
    }

    @Test
    void pricesAreInTheCurrencyOfTheStore() {
        String uk = plainCode(Marketplace.UK);
        call("www.amazon.co.uk").body(Map.of("partnerTag", "t", "keywords", uk,
                        "resources", List.of("offersV2.listings.price")))
                .post(SEARCH).then().statusCode(200)
                .body("searchResult.items[0].offersV2.listings[0].price.money.currency", equalTo("GBP"))
                .body("searchResult.items[0].offersV2.listings[0].price.money.displayAmount", containsString("£"));
        String us = plainCode(Marketplace.US);
        call("www.amazon.com").body(Map.of("partnerTag", "t", "keywords", us,
                        "resources", List.of("offersV2.listings.price")))
                .post(SEARCH).then().statusCode(200)
                .body("searchResult.items[0].offersV2.listings[0].price.money.currency", equalTo("USD"));
    }

    @Test
    void onlyTheResourcesAskedForArePresent() {
        String code = plainCode(Marketplace.DE);
        call("www.amazon.de").body(Map.of("partnerTag", "t", "keywords", code, "resources", List.of("itemInfo.title")))
                .post(SEARCH).then().statusCode(200)
                .body("searchResult.items[0].itemInfo.title.displayValue", notNullValue())
                .body("searchResult.items[0].itemInfo.externalIds", nullValue())
                .body("searchResult.items[0].offersV2", nullValue())
                .body("searchResult.items[0].images", nullValue());
    }

    @Test
    void getItemsReturnsFoundItemsAndAnErrorPerUnknownAsin() {
        String asin = catalog.rightAsin(CodeParser.parse(plainCode(Marketplace.IT)).gtin14(), Marketplace.IT)
                .orElseThrow();
        call("www.amazon.it").body(Map.of("partnerTag", "t", "itemIds", List.of(asin, "B0ZZZZZZZZ"),
                        "resources", List.of("itemInfo.title", "offersV2.listings.price")))
                .post(GET).then().statusCode(200)
                .body("itemsResult.items.asin", equalTo(List.of(asin)))
                .body("itemsResult.items[0].offersV2.listings[0].price.money.currency", equalTo("EUR"))
                .body("errors[0].code", equalTo("InvalidParameterValue"))
                .body("errors[0].message", containsString("B0ZZZZZZZZ"));
    }

    @Test
    void badParametersAreValidationErrorsWithTheirFields() {
        call("www.amazon.fr").body(Map.of("keywords", "4006381333931")).post(SEARCH)
                .then().statusCode(400)
                .body("type", equalTo("ValidationException"))
                .body("reason", equalTo("MissingParameter"))
                .body("fieldList", hasItem("partnerTag"))
                .body("message", notNullValue());
        call("www.amazon.fr").body(Map.of("partnerTag", "t", "keywords", "x", "itemCount", 11)).post(SEARCH)
                .then().statusCode(400).body("fieldList", hasItem("itemCount"));
        call("www.amazon.fr").body(Map.of("partnerTag", "t", "keywords", "x", "resources", List.of("Offers.Listings")))
                .post(SEARCH).then().statusCode(400).body("fieldList", hasItem("resources"));
        call("www.amazon.nowhere").body(Map.of("partnerTag", "t", "keywords", "x")).post(SEARCH)
                .then().statusCode(400).body("fieldList", hasItem("x-marketplace"));
        call("www.amazon.fr").body(Map.of("partnerTag", "t", "itemIds", List.of("not an asin"))).post(GET)
                .then().statusCode(400).body("fieldList", hasItem("itemIds"));
    }

    @Test
    void missingOrBadTokensAreUnauthorized() {
        given().header("x-marketplace", "www.amazon.fr").contentType(ContentType.JSON)
                .body(Map.of("partnerTag", "t", "keywords", "x")).post(SEARCH)
                .then().statusCode(401)
                .body("type", equalTo("UnauthorizedException"))
                .body("reason", equalTo("MissingToken"))
                .body("message", notNullValue());
        given().header("Authorization", "Bearer made-up").header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "keywords", "x")).post(SEARCH)
                .then().statusCode(401).body("reason", equalTo("InvalidToken"));
        String spApiToken = SimulatorClient.accessToken();
        given().header("Authorization", "Bearer " + spApiToken).header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "keywords", "x")).post(SEARCH)
                .then().statusCode(401).body("reason", equalTo("InvalidToken"));
    }

    @Test
    void aCodeNotOnAmazonIsNoResultsAs200Or404() {
        String code = LongStream.range(0, 5000).mapToObj(i -> catalog.codes().code(i))
                .filter(c -> catalog.find(CodeParser.parse(c).gtin14(), Marketplace.FR).isEmpty())
                .findFirst().orElseThrow();
        int status = call("www.amazon.fr").body(Map.of("partnerTag", "t", "keywords", code)).post(SEARCH)
                .then().extract().statusCode();
        if (status == 200) {
            call("www.amazon.fr").body(Map.of("partnerTag", "t", "keywords", code)).post(SEARCH)
                    .then().body("errors[0].code", equalTo("NoResults")).body("searchResult", nullValue());
        } else {
            assertEquals(404, status);
            call("www.amazon.fr").body(Map.of("partnerTag", "t", "keywords", code)).post(SEARCH)
                    .then().body("type", equalTo("ResourceNotFoundException")).body("resourceId", equalTo(code));
        }
    }

    @Test
    void aTitleOnlyListingIsFoundByItsTitleButNotByItsCode() {
        Product listing = LongStream.range(0, 100_000).mapToObj(i -> CodeParser.parse(catalog.codes().code(i)).gtin14())
                .flatMap(g -> catalog.titleOnlyListing(g, Marketplace.FR).stream())
                .findFirst().orElseThrow();
        assertEquals(List.of(), listing.identifiers());
        call("www.amazon.fr").body(Map.of("partnerTag", "t", "keywords", listing.itemName(),
                        "resources", List.of("itemInfo.title", "itemInfo.externalIds")))
                .post(SEARCH).then().statusCode(200)
                .body("searchResult.items.asin", hasItem(listing.asin()))
                .body("searchResult.items.itemInfo.externalIds", everyItem(nullValue()));
    }
}
