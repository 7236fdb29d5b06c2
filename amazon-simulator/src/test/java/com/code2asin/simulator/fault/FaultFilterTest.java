package com.code2asin.simulator.fault;

import com.code2asin.simulator.SimulatorClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static com.code2asin.simulator.SimulatorClient.FR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FaultFilterTest {

    private static final String ITEM = "/catalog/2022-04-01/items/B0ZZZZZZZZ";
    private static final String ITEMS = "/catalog/2022-04-01/items";

    private String spToken;
    private String creatorsToken;

    @BeforeEach
    void login() {
        given().delete("/sim/config");
        spToken = SimulatorClient.accessToken();
        creatorsToken = SimulatorClient.creatorsToken();
    }

    @AfterEach
    void restore() {
        given().delete("/sim/config").then().statusCode(200);
    }

    private static void faults(Map<String, Object> faults) {
        given().contentType(ContentType.JSON).body(Map.of("faults", faults)).put("/sim/config").then().statusCode(200);
    }

    @Test
    void errorRateOneAnswers5xxWithEachApisBody() {
        faults(Map.of("error-rate", 1.0));
        given().header("x-amz-access-token", spToken).queryParam("marketplaceIds", FR).get(ITEM)
                .then().statusCode(anyOf(is(500), is(503)))
                .header("x-amzn-RequestId", notNullValue())
                .body("errors[0].code", anyOf(is("InternalFailure"), is("ServiceUnavailable")));
        given().header("Authorization", "Bearer " + creatorsToken).header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "keywords", "x"))
                .post("/catalog/v1/searchItems")
                .then().statusCode(anyOf(is(500), is(503)))
                .body("type", anyOf(is("InternalServerException"), is("ServiceUnavailableException")));
    }

    @Test
    void anOverloadedApiAnswers429WithItsRetryAfterUntilItIsLifted() {
        faults(Map.of("throttle-retry-after-s", 180));
        given().header("x-amz-access-token", spToken).queryParam("marketplaceIds", FR).get(ITEM)
                .then().statusCode(429).header("Retry-After", "180").body("errors[0].code", equalTo("QuotaExceeded"));
        given().header("Authorization", "Bearer " + creatorsToken).header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "keywords", "x"))
                .post("/catalog/v1/searchItems")
                .then().statusCode(429).header("Retry-After", "180").body("type", equalTo("ThrottlingException"));
        faults(Map.of("throttle-retry-after-s", 0));
        given().header("x-amz-access-token", spToken).queryParam("marketplaceIds", FR).get(ITEM)
                .then().statusCode(anyOf(is(200), is(404)));
    }

    @Test
    void tokenAndImageEndpointsAreSpareUnlessAsked() {
        faults(Map.of("error-rate", 1.0));
        SimulatorClient.accessToken();
        given().get("/images/I/abcdefgh_10x10.jpg").then().statusCode(200);
        faults(Map.of("token-endpoints", true));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .post("/oauth2/token").then().statusCode(anyOf(is(500), is(503)))
                .body("error", anyOf(is("server_error"), is("temporarily_unavailable")));
    }

    @Test
    void dropRateOneClosesTheConnectionWithoutAnAnswer() throws Exception {
        faults(Map.of("drop-rate", 1.0));
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + ITEM + "?marketplaceIds=" + FR + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "x-amz-access-token: " + spToken + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readAllBytes();
            assertEquals("", new String(answer, StandardCharsets.US_ASCII));
        } catch (java.net.SocketException reset) {
            // a reset is a dropped connection too
        }
    }

    @Test
    void malformedRateOneTruncatesA200Body() {
        faults(Map.of("malformed-rate", 1.0));
        String body = given().header("x-amz-access-token", spToken).queryParam("marketplaceIds", FR)
                .queryParam("identifiers", "4006381333931").queryParam("identifiersType", "EAN")
                .get(ITEMS).then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        assertTrue(body.startsWith("{") && !body.endsWith("}"), body);
    }

    @Test
    void latencyDelaysButAnswers() {
        faults(Map.of("latency-ms-min", 20, "latency-ms-max", 40));
        given().header("x-amz-access-token", spToken).queryParam("marketplaceIds", FR).get(ITEM)
                .then().statusCode(404);
    }

    @Test
    void injectedFaultsAreCountedPerApiAndCredential() {
        given().post("/sim/stats/reset");
        faults(Map.of("error-rate", 1.0));
        given().header("x-amz-access-token", spToken).queryParam("marketplaceIds", FR).get(ITEM);
        given().header("Authorization", "Bearer " + creatorsToken).header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "itemIds", List.of("B0ZZZZZZZZ")))
                .post("/catalog/v1/getItems");
        given().get("/sim/stats").then()
                .body("apis.'sp-api'.faults", equalTo(1))
                .body("apis.creators.faults", equalTo(1))
                .body("apis.creators.credentials.code2asin-local-creators.faults", equalTo(1))
                .body("apis.creators.calls", greaterThanOrEqualTo(1));
    }
}
