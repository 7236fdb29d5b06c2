package com.code2asin.simulator.spapi;

import com.code2asin.simulator.SimulatorClient;
import com.code2asin.simulator.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.code2asin.simulator.SimulatorClient.DE;
import static com.code2asin.simulator.SimulatorClient.FR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CatalogResourceTest {

    private static final String ITEMS = "/catalog/2022-04-01/items";
    private static final List<String> CODES = TestCodes.ean13(99, 21);

    private String token;

    @BeforeEach
    void login() {
        token = SimulatorClient.accessToken();
    }

    private RequestSpecification authorized() {
        return given().header("x-amz-access-token", token);
    }

    private static String csv(List<String> values) {
        return String.join(",", values);
    }

    @Test
    void aSearchWithoutATokenIsDeniedWithTheSpApiBody() {
        given().queryParam("marketplaceIds", FR).queryParam("identifiers", CODES.getFirst())
                .queryParam("identifiersType", "EAN")
                .get(ITEMS)
                .then().statusCode(403)
                .header("x-amzn-ErrorType", "AccessDeniedException")
                .header("x-amzn-RequestId", notNullValue())
                .header("x-amzn-RateLimit-Limit", nullValue())
                .body("errors[0].code", equalTo("Unauthorized"))
                .body("errors[0].message", equalTo("Access to requested resource is denied."))
                .body("errors[0].details",
                        equalTo("The access token you provided is revoked, malformed or invalid."));
    }

    @Test
    void twentyIdentifiersAreAcceptedAndTheItemsCarryTheSentCodes() {
        JsonPath body = authorized().queryParam("marketplaceIds", FR)
                .queryParam("identifiers", csv(CODES.subList(0, 20))).queryParam("identifiersType", "EAN")
                .queryParam("includedData", "identifiers,summaries").queryParam("pageSize", "20")
                .get(ITEMS)
                .then().statusCode(200)
                .header("x-amzn-RateLimit-Limit", "2.0")
                .header("x-amzn-RequestId", notNullValue())
                .body("numberOfResults", greaterThan(0))
                .body("refinements.brands.size()", equalTo(0))
                .extract().jsonPath();
        Set<String> sent = CODES.subList(0, 20).stream().map(TestCodes::gtin14).collect(Collectors.toSet());
        List<List<String>> identifiers = body.getList("items.collect { it.identifiers[0].identifiers.identifier }");
        assertFalse(identifiers.isEmpty());
        identifiers.stream().filter(forms -> !forms.isEmpty()).forEach(forms ->
                forms.forEach(form -> assertTrue(sent.contains(TestCodes.gtin14(form)), form)));
        List<String> marketplaces = body.getList("items.identifiers.flatten().marketplaceId");
        assertTrue(marketplaces.stream().allMatch(FR::equals));
    }

    @Test
    void twentyOneIdentifiersAreRejected() {
        authorized().queryParam("marketplaceIds", FR).queryParam("identifiers", csv(CODES))
                .queryParam("identifiersType", "EAN")
                .get(ITEMS)
                .then().statusCode(400)
                .body("errors[0].code", equalTo("InvalidInput"))
                .body("errors[0].message", containsString("identifiers"));
    }

    @Test
    void twoMarketplacesAreRejected() {
        authorized().queryParam("marketplaceIds", FR + "," + DE).queryParam("identifiers", CODES.getFirst())
                .queryParam("identifiersType", "EAN")
                .get(ITEMS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("marketplaceIds"));
    }

    @Test
    void missingIdentifiersAndUnknownDatasetsAreRejected() {
        authorized().queryParam("marketplaceIds", FR)
                .get(ITEMS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("Missing required 'identifiers' or 'keywords'"));
        authorized().queryParam("marketplaceIds", FR).queryParam("identifiers", CODES.getFirst())
                .queryParam("identifiersType", "EAN").queryParam("includedData", "summaries,offers")
                .get(ITEMS)
                .then().statusCode(400)
                .body("errors[0].message", containsString("offers"));
    }

    @Test
    void onlyTheDatasetsAskedForArePresent() {
        authorized().queryParam("marketplaceIds", FR).queryParam("identifiers", csv(CODES.subList(0, 10)))
                .queryParam("identifiersType", "EAN")
                .get(ITEMS)
                .then().statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items", everyItem(hasKey("summaries")))
                .body("items", everyItem(not(hasKey("images"))))
                .body("items", everyItem(not(hasKey("identifiers"))));
        authorized().queryParam("marketplaceIds", FR).queryParam("identifiers", csv(CODES.subList(0, 10)))
                .queryParam("identifiersType", "EAN").queryParam("includedData", "images")
                .get(ITEMS)
                .then().statusCode(200)
                .body("items", everyItem(hasKey("images")))
                .body("items", everyItem(not(hasKey("summaries"))))
                .body("items[0].images[0].images[0].variant", equalTo("MAIN"));
    }

    @Test
    void getCatalogItemReturnsTheBareItemOfASearchedAsin() {
        String asin = authorized().queryParam("marketplaceIds", DE).queryParam("identifiers", csv(CODES.subList(0, 5)))
                .queryParam("identifiersType", "EAN")
                .get(ITEMS)
                .then().statusCode(200)
                .extract().path("items[0].asin");
        authorized().queryParam("marketplaceIds", DE).queryParam("includedData", "summaries,identifiers")
                .get(ITEMS + "/" + asin)
                .then().statusCode(200)
                .header("x-amzn-RateLimit-Limit", "2.0")
                .body("asin", equalTo(asin))
                .body("$", not(hasKey("items")))
                .body("summaries[0].marketplaceId", equalTo(DE))
                .body("identifiers[0].marketplaceId", equalTo(DE));
    }

    @Test
    void anUnknownAsinIsNotFound() {
        String message = authorized().queryParam("marketplaceIds", FR)
                .get(ITEMS + "/B0ZZZZZZZZ")
                .then().statusCode(404)
                .body("errors[0].code", equalTo("NotFound"))
                .extract().path("errors[0].message");
        assertEquals("Requested item 'B0ZZZZZZZZ' not found in marketplace '" + FR + "'.", message);
    }
}
