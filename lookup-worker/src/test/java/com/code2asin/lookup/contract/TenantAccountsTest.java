package com.code2asin.lookup.contract;

import static com.code2asin.lookup.contract.SimulatorHttp.simulator;
import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.TestBatches;
import com.code2asin.lookup.service.LookupService;
import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.testing.OutsideTheContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's own SP-API account (PUT /api/v1/amazon/config): sealed in the database, never shown again, used for
 * that tenant's lookups and connection tests only, each account on its own quota buckets. acme: walt writes, rita
 * reads; globex: bob.
 */
@QuarkusTest
@QuarkusTestResource(value = SimulatorProcess.class, restrictToAnnotatedClass = true)
class TenantAccountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String CONFIG = "/api/v1/amazon/config";

    @Inject
    LookupService lookups;

    @Inject
    Pool db;

    @AfterEach
    void forgetAccounts() {
        db.preparedQuery("DELETE FROM tenant_account WHERE tenant IN ('acme', 'globex')").execute()
                .await().atMost(WAIT);
    }

    @Test
    void aStoredRefreshTokenIsSealedAtRestAndNeverShownAgain() {
        String walt = token("walt");
        String stored = given().auth().oauth2(walt).contentType("application/json")
                .body("{\"sp_api\": {\"refresh_token\": \"" + SimulatorProcess.SECOND_SELLER + "\"}}")
                .put(CONFIG).then().statusCode(200)
                .body("tenant", equalTo("acme")).body("uses", equalTo("own"))
                .body("refresh_token", equalTo("********")).body("updated_by", equalTo("walt"))
                .extract().asString();
        assertFalse(stored.contains("second-seller"), stored);

        Row row = db.preparedQuery("SELECT sp_api_refresh_token, key_id FROM tenant_account WHERE tenant = 'acme'")
                .execute().await().atMost(WAIT).iterator().next();
        String sealed = row.getString("sp_api_refresh_token");
        assertFalse(sealed.contains("second-seller") || sealed.contains("Atzr"), "stored in clear: " + sealed);
        assertEquals(8, row.getString("key_id").length());

        String read = given().auth().oauth2(token("rita")).get(CONFIG).then().statusCode(200)
                .body("account.uses", equalTo("own")).body("account.refresh_token", equalTo("********"))
                .extract().asString();
        assertFalse(read.contains("second-seller"), read);
        given().auth().oauth2(token("bob")).get(CONFIG).then().statusCode(200)
                .body("account.tenant", equalTo("globex")).body("account.uses", equalTo("platform"));
    }

    @Test
    void eachTenantLooksUpWithItsOwnAccountAndQuotaBuckets() throws Exception {
        given().auth().oauth2(token("walt")).contentType("application/json")
                .body("{\"sp_api\": {\"refresh_token\": \"" + SimulatorProcess.SECOND_SELLER + "\"}}")
                .put(CONFIG).then().statusCode(200);
        simulator("POST", "/sim/stats/reset");

        List<ItemResult> acme = lookups.lookup(batch("acme", codes(5, 41))).await().atMost(WAIT).items();
        JsonNode afterAcme = spApiCredentials();
        List<ItemResult> globex = lookups.lookup(batch("globex", codes(5, 43))).await().atMost(WAIT).items();
        JsonNode afterBoth = spApiCredentials();

        assertTrue(acme.stream().noneMatch(r -> r.status() == ItemStatus.FAILED), acme::toString);
        assertTrue(globex.stream().noneMatch(r -> r.status() == ItemStatus.FAILED), globex::toString);
        assertEquals(1, afterAcme.size(), "acme's calls came from one seller: " + afterAcme);
        assertEquals(2, afterBoth.size(), "globex's from another: " + afterBoth);
        Set<String> buckets = new HashSet<>();
        db.preparedQuery("SELECT account FROM quota_bucket WHERE account LIKE 'sp-api/%'").execute()
                .await().atMost(WAIT).forEach(r -> buckets.add(r.getString(0)));
        String client = ConfigProvider.getConfig().getValue("lookup-worker.sp-api.client-id", String.class);
        assertTrue(buckets.containsAll(List.of(
                        "sp-api/" + client + "/" + Integer.toHexString(SimulatorProcess.SECOND_SELLER.hashCode()),
                        "sp-api/" + client + "/" + Integer.toHexString("Atzr|code2asin-local".hashCode()))),
                "a catalog bucket per seller: " + buckets);
    }

    @Test
    void theConnectionTestUsesTheTenantsAccountAndARefusedOneFailsThatTenantOnly() throws Exception {
        String walt = token("walt");
        given().auth().oauth2(walt).contentType("application/json")
                .body("{\"sp_api\": {\"refresh_token\": \"Atzr|withdrawn-authorisation\"}}")
                .put(CONFIG).then().statusCode(200);

        given().auth().oauth2(walt).post("/api/v1/amazon/test").then().statusCode(200)
                .body("ok", equalTo(false)).body("error_category", equalTo("auth"));
        ItemResult refused = lookups.lookup(batch("acme", codes(1, 47))).await().atMost(WAIT).items().get(0);
        assertEquals(ItemStatus.FAILED, refused.status());
        assertEquals(ErrorCategory.AUTH, refused.errorCategory(), refused::toString);
        given().auth().oauth2(token("bob")).post("/api/v1/amazon/test").then().statusCode(200)
                .body("ok", equalTo(true));

        given().auth().oauth2(walt).delete(CONFIG).then().statusCode(204);
        given().auth().oauth2(walt).get(CONFIG).then().statusCode(200).body("account.uses", equalTo("platform"));
        given().auth().oauth2(walt).post("/api/v1/amazon/test").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    void aSealedTokenCopiedToAnotherTenantDoesNotOpen() {
        given().auth().oauth2(token("walt")).contentType("application/json")
                .body("{\"sp_api\": {\"refresh_token\": \"" + SimulatorProcess.SECOND_SELLER + "\"}}")
                .put(CONFIG).then().statusCode(200);
        db.preparedQuery("INSERT INTO tenant_account (tenant, sp_api_refresh_token, key_id, updated_by, updated_at) "
                + "SELECT 'globex', sp_api_refresh_token, key_id, 'mallory', now() FROM tenant_account "
                + "WHERE tenant = 'acme'").execute().await().atMost(WAIT);

        ItemResult result = lookups.lookup(batch("globex", codes(1, 53))).await().atMost(WAIT).items().get(0);
        assertEquals(ErrorCategory.AUTH, result.errorCategory(), result::toString);
        assertTrue(result.error().contains("does not open"), result.error());
    }

    @Test
    @OutsideTheContract
    void aBadTokenAReaderAndAMissingBodyAreRefusedWithWhatToDo() {
        given().auth().oauth2(token("walt")).contentType("application/json")
                .body("{\"sp_api\": {\"refresh_token\": \"my password\"}}").put(CONFIG).then().statusCode(400)
                .body("detail", containsString("starts with 'Atzr|'"));
        given().auth().oauth2(token("walt")).contentType("application/json").body("{}").put(CONFIG).then()
                .statusCode(400).body("detail", containsString("sp_api.refresh_token is required"));
        given().auth().oauth2(token("rita")).contentType("application/json")
                .body("{\"sp_api\": {\"refresh_token\": \"Atzr|x\"}}").put(CONFIG).then().statusCode(403)
                .body("detail", not(containsString("Atzr")));
        given().contentType("application/json").body("{\"sp_api\": {\"refresh_token\": \"Atzr|x\"}}")
                .put(CONFIG).then().statusCode(401);
    }

    @Test
    void aTenantsCreatorsCredentialIsSealedAndServesItsLookupsOnlyOnABucketOfItsOwn() throws Exception {
        String stored = given().auth().oauth2(token("walt")).contentType("application/json")
                .body(creators(SimulatorProcess.SECOND_CREATOR_SECRET)).put(CONFIG).then().statusCode(200)
                .body("creators.uses", equalTo("own")).body("creators.credential_secret", equalTo("********"))
                .body("creators.partner_tag", equalTo("acme-21")).body("creators.credential_version", equalTo("3.2"))
                .body("uses", equalTo("platform")) // no SP-API account of its own: the platform's
                .extract().asString();
        assertFalse(stored.contains(SimulatorProcess.SECOND_CREATOR_SECRET), stored);
        Row row = db.preparedQuery("SELECT creators_credential_secret, sp_api_refresh_token FROM tenant_account "
                + "WHERE tenant = 'acme'").execute().await().atMost(WAIT).iterator().next();
        assertFalse(row.getString(0).contains(SimulatorProcess.SECOND_CREATOR_SECRET), "in clear: " + row.getString(0));
        assertEquals(null, row.getString(1));

        simulator("POST", "/sim/stats/reset");
        List<ItemResult> acme = lookups.lookup(batch("acme", "creators", codes(2, 59))).await().atMost(WAIT).items();
        JsonNode afterAcme = credentials("creators");
        List<ItemResult> globex = lookups.lookup(batch("globex", "creators", codes(2, 61))).await().atMost(WAIT)
                .items();
        JsonNode afterBoth = credentials("creators");
        assertTrue(acme.stream().noneMatch(r -> r.status() == ItemStatus.FAILED), acme::toString);
        assertTrue(globex.stream().noneMatch(r -> r.status() == ItemStatus.FAILED), globex::toString);
        assertEquals(List.of(SimulatorProcess.SECOND_CREATOR), fieldNames(afterAcme), "acme's own credential");
        assertEquals(2, afterBoth.size(), "globex's calls on the platform's: " + afterBoth);
        Set<String> buckets = new HashSet<>();
        db.preparedQuery("SELECT account FROM quota_bucket WHERE account LIKE 'creators/%'").execute()
                .await().atMost(WAIT).forEach(r -> buckets.add(r.getString(0)));
        assertTrue(buckets.contains("creators/" + SimulatorProcess.SECOND_CREATOR), "a bucket per credential: " + buckets);
    }

    @Test
    void aRefusedCreatorsCredentialFailsItsTenantOnly() {
        String walt = token("walt");
        given().auth().oauth2(walt).contentType("application/json").body(creators("not-the-secret")).put(CONFIG)
                .then().statusCode(200);
        given().auth().oauth2(walt).queryParam("provider", "creators").post("/api/v1/amazon/test").then()
                .statusCode(200).body("ok", equalTo(false)).body("error_category", equalTo("auth"))
                .body("error", containsString("tenant 'acme'"));
        given().auth().oauth2(token("bob")).queryParam("provider", "creators").post("/api/v1/amazon/test").then()
                .statusCode(200).body("ok", equalTo(true));
    }

    @Test
    @OutsideTheContract
    void anIncompleteCreatorsCredentialIsRefusedSayingWhatIsMissing() {
        String walt = token("walt");
        given().auth().oauth2(walt).contentType("application/json")
                .body(creators("s").replace("\"3.2\"", "\"9.9\"")).put(CONFIG).then().statusCode(400)
                .body("detail", containsString("creators.credential_version"));
        given().auth().oauth2(walt).contentType("application/json")
                .body("{\"creators\": {\"credential_id\": \"x\", \"credential_secret\": \"y\", "
                        + "\"credential_version\": \"3.2\"}}").put(CONFIG).then().statusCode(400)
                .body("detail", containsString("creators.partner_tag is required"));
    }

    private static String creators(String secret) {
        return "{\"creators\": {\"credential_id\": \"" + SimulatorProcess.SECOND_CREATOR + "\", "
                + "\"credential_secret\": \"" + secret + "\", \"credential_version\": \"3.2\", "
                + "\"partner_tag\": \"acme-21\"}}";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode credentials(String api) throws Exception {
        return JSON.readTree(simulator("GET", "/sim/stats")).path("apis").path(api).path("credentials");
    }

    private JsonNode spApiCredentials() throws Exception {
        return JSON.readTree(simulator("GET", "/sim/stats")).path("apis").path("sp-api").path("credentials");
    }

    private static LookupRequested batch(String tenant, List<String> gtin14s) {
        return batch(tenant, "sp-api", gtin14s);
    }

    private static LookupRequested batch(String tenant, String provider, List<String> gtin14s) {
        return TestBatches.of(tenant, Marketplace.FR, provider, gtin14s, false);
    }

    /** Random codes: none is in the catalog cache, so each is asked of Amazon. */
    private static List<String> codes(int count, long seed) {
        Random random = new Random(seed ^ System.nanoTime());
        List<String> codes = new ArrayList<>();
        while (codes.size() < count) {
            String body = "40" + String.format("%010d", random.nextLong(10_000_000_000L));
            codes.add("0" + body + CodeParser.checkDigit(body));
        }
        return codes;
    }
}
