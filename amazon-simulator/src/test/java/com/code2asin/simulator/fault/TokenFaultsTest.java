package com.code2asin.simulator.fault;

import com.code2asin.simulator.SimulatorClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import static com.code2asin.simulator.SimulatorClient.FR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The token faults: Amazon forgetting the tokens it issued, refusing a token once, a token endpoint that hangs. */
@QuarkusTest
class TokenFaultsTest {

    private static final String ITEM = "/catalog/2022-04-01/items/B0ZZZZZZZZ";

    @BeforeEach
    @AfterEach
    void restore() {
        given().delete("/sim/config").then().statusCode(200);
    }

    private static void faults(Map<String, Object> faults) {
        given().contentType(ContentType.JSON).body(Map.of("faults", faults)).put("/sim/config").then().statusCode(200);
    }

    private static ValidatableResponse spApi(String token) {
        return given().header("x-amz-access-token", token).queryParam("marketplaceIds", FR).get(ITEM).then();
    }

    private static ValidatableResponse creators(String token) {
        return given().header("Authorization", "Bearer " + token).header("x-marketplace", "www.amazon.fr")
                .contentType(ContentType.JSON).body(Map.of("partnerTag", "t", "keywords", "4006381333931"))
                .post("/catalog/v1/searchItems").then();
    }

    @Test
    void forgottenTokensAreRefusedAsAmazonRefusesARevokedOneAndNewOnesWork() {
        String sp = SimulatorClient.accessToken();
        String cr = SimulatorClient.creatorsToken();
        spApi(sp).statusCode(404);
        given().post("/sim/stats/reset");

        faults(Map.of("forget-tokens", true));

        spApi(sp).statusCode(403)
                .header("x-amzn-ErrorType", "AccessDeniedException")
                .body("errors[0].code", equalTo("Unauthorized"))
                .body("errors[0].message", equalTo("Access to requested resource is denied."))
                .body("errors[0].details", equalTo("The access token you provided is revoked, malformed or invalid."));
        creators(cr).statusCode(401).body("type", equalTo("UnauthorizedException"))
                .body("reason", equalTo("InvalidToken"));
        spApi(SimulatorClient.accessToken()).statusCode(404);
        creators(SimulatorClient.creatorsToken()).statusCode(anyOf(is(200), is(404)));
        given().get("/sim/stats").then().body("token_refusals", equalTo(2))
                .body("apis.'sp-api'.credentials.size()", equalTo(1)); // the refused call still counts for its owner
    }

    @Test
    void forgettingIsAnActionNotASetting() {
        faults(Map.of("forget-tokens", true));
        given().get("/sim/config").then().body("faults.forget-tokens", nullValue());
        String issuedAfter = SimulatorClient.accessToken();
        faults(Map.of("error-rate", 0.0)); // another change forgets nothing
        spApi(issuedAfter).statusCode(404);
    }

    @Test
    void refuseAtUseOneRefusesEveryTokensFirstCallOnly() {
        faults(Map.of("refuse-token-at-use", 1));
        String sp = SimulatorClient.accessToken();
        spApi(sp).statusCode(403).body("errors[0].code", equalTo("Unauthorized"));
        spApi(sp).statusCode(404);
        String cr = SimulatorClient.creatorsToken();
        creators(cr).statusCode(401).body("reason", equalTo("InvalidToken"));
        creators(cr).statusCode(anyOf(is(200), is(404)));
    }

    @Test
    void refuseAtUseTwoRefusesAnHonouredTokenOnce() {
        faults(Map.of("refuse-token-at-use", 2));
        String sp = SimulatorClient.accessToken();
        spApi(sp).statusCode(404);
        spApi(sp).statusCode(403);
        spApi(sp).statusCode(404);
        spApi(sp).statusCode(404);
        given().get("/sim/config").then().body("faults.refuse-token-at-use", equalTo(2));
    }

    @Test
    void aHangingTokenEndpointAnswersNothingUntilTheHangEnds() {
        given().post("/sim/stats/reset");
        faults(Map.of("token-hang-s", 30));
        given().get("/sim/config").then().body("faults.token-hang-s", greaterThan(25));
        HttpClient http = HttpClient.newHttpClient();
        assertThrows(HttpTimeoutException.class, () -> http.send(tokenRequest(Duration.ofMillis(500)),
                HttpResponse.BodyHandlers.ofString()));
        given().get("/sim/stats").then().body("token_requests_held", equalTo(1)).body("token_requests", equalTo(0));
        given().delete("/sim/config").then().statusCode(200).body("faults.token-hang-s", equalTo(0));
        spApi(SimulatorClient.accessToken()).statusCode(404); // the hang is over: tokens are issued again
    }

    @Test
    void catalogCallsAreNotHeldByATokenHang() {
        String sp = SimulatorClient.accessToken();
        faults(Map.of("token-hang-s", 30));
        spApi(sp).statusCode(404);
    }

    @Test
    void aTokenRequestHeldByAShortHangIsAnsweredWhenItEnds() throws Exception {
        faults(Map.of("token-hang-s", 1));
        HttpResponse<String> answer = HttpClient.newHttpClient().send(tokenRequest(Duration.ofSeconds(20)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        given().get("/sim/config").then().body("faults.token-hang-s", equalTo(0));
    }

    private static HttpRequest tokenRequest(Duration timeout) {
        String form = "grant_type=refresh_token&refresh_token=Atzr%7Ccode2asin-local&client_id="
                + SimulatorClient.CLIENT_ID + "&client_secret=" + SimulatorClient.CLIENT_SECRET;
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/auth/o2/token"))
                .timeout(timeout).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }
}
