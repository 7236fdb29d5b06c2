package com.code2asin.lookup.provider.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.config.CreatorsConfig;
import com.code2asin.lookup.domain.CatalogAnswer;
import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider against a local HTTP server: the exact requests it sends (docs/amazon.md, "Creators API: calls" and
 * "Creators API: authentication") and how each documented failure is classified.
 */
class CreatorsApiProviderTest {

    private static final String EAN = "04006381333931";
    private static final String OTHER = "03012345678902";

    private FakeCreatorsServer server;
    private final List<ProviderException> retried = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = new FakeCreatorsServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Like QuotaGuard without the shared bucket: retries retryable failures at once, up to three times, except a
     * refused credential (job-api retries that on the job's schedule).
     */
    private CreatorsApiProvider.CallGuard retrying() {
        return call -> attempt(call, 0);
    }

    private Uni<Object> attempt(Supplier<Uni<Object>> call, int failures) {
        return call.get().onFailure(ProviderException.class).recoverWithUni(f -> {
            ProviderException p = (ProviderException) f;
            if (!p.category().retryable() || p.category() == ErrorCategory.AUTH || failures >= 3) {
                return Uni.createFrom().failure(p);
            }
            retried.add(p);
            return attempt(call, failures + 1);
        });
    }

    private CreatorsApiProvider provider(Map<String, String> properties, CreatorsApiProvider.CallGuard guard) {
        return provider(server.uri(), properties, guard);
    }

    private static CreatorsApiProvider provider(URI uri, Map<String, String> properties,
                                                CreatorsApiProvider.CallGuard guard) {
        CreatorsConfig config = Fixtures.config(properties);
        CreatorsTokenCache tokens = new CreatorsTokenCache(JdkRestClient.create(CreatorsAuthClient.class, uri), config);
        return new CreatorsApiProvider(JdkRestClient.create(CreatorsApi.class, uri), tokens, config, null, guard);
    }

    private CreatorsApiProvider provider() {
        return provider(Map.of(), call -> call.get());
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(10));
    }

    private static ProviderException failure(Uni<?> uni) {
        return assertThrows(ProviderException.class, () -> await(uni));
    }

    @Test
    void searchItemsIsPostedWithTheBearerTokenTheStoreHeaderAndALowerCamelCaseBody() throws IOException {
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-ean-hit.json"));

        List<CatalogProduct> found = await(provider().search(Marketplace.DE, List.of(EAN)));

        FakeCreatorsServer.Received search = server.searches().get(0);
        assertEquals("POST", search.method());
        assertEquals("Bearer Atc|local-creators-token", search.header("Authorization"));
        assertEquals("www.amazon.de", search.header("x-marketplace"));
        assertEquals("application/json; charset=utf-8", search.header("Content-Type"));
        assertEquals("application/json", search.header("Accept"));
        JsonNode body = Fixtures.JSON.readTree(search.body());
        assertEquals(Fixtures.JSON.readTree("""
                {"partnerTag":"code2asin-21","keywords":"4006381333931","searchIndex":"All","itemCount":10,
                 "resources":["itemInfo.externalIds","itemInfo.title","itemInfo.byLineInfo",
                   "itemInfo.classifications","itemInfo.productInfo","images.primary.large","images.variants.large",
                   "offersV2.listings.price","offersV2.listings.isBuyBoxWinner","browseNodeInfo.browseNodes",
                   "browseNodeInfo.websiteSalesRank","parentASIN"]}"""), body);

        assertEquals(List.of("B0CHILD001", "B0PARENT01"), found.stream().map(CatalogProduct::asin).toList());
        CatalogProduct child = found.get(0);
        assertTrue(child.gtin14s().contains(EAN));
        assertEquals(new BigDecimal("8.49"), child.price());
        assertEquals("EUR", child.currency());
    }

    @Test
    void v3CredentialsGetTheirTokenFromLoginWithAmazonAsJson() throws IOException {
        await(provider().search(Marketplace.FR, List.of(EAN)));

        FakeCreatorsServer.Received token = server.tokenRequests().get(0);
        assertEquals("/auth/o2/token", token.path());
        assertEquals("POST", token.method());
        assertEquals("application/json", token.header("Content-Type"));
        assertEquals(Fixtures.JSON.readTree("""
                {"grant_type":"client_credentials","client_id":"code2asin-local-creators",
                 "client_secret":"local-creators-secret","scope":"creatorsapi::default"}"""),
                Fixtures.JSON.readTree(token.body()));
        assertEquals("www.amazon.fr", server.searches().get(0).header("x-marketplace"));
    }

    @Test
    void v2CredentialsAskCognitoWithAFormAndNameTheVersionInTheAuthorizationHeader() {
        await(provider(Map.of("credential-version", "2.1", "client-id", "id 1", "client-secret", "s&1"),
                call -> call.get()).search(Marketplace.US, List.of(EAN)));

        FakeCreatorsServer.Received token = server.tokenRequests().get(0);
        assertEquals("/oauth2/token", token.path());
        assertEquals("application/x-www-form-urlencoded", token.header("Content-Type"));
        assertEquals("grant_type=client_credentials&client_id=id+1&client_secret=s%261&scope=creatorsapi%2Fdefault",
                token.body());
        FakeCreatorsServer.Received search = server.searches().get(0);
        assertEquals("Bearer Atc|local-creators-token, Version 2.1", search.header("Authorization"));
        assertEquals("www.amazon.com", search.header("x-marketplace"));
    }

    @Test
    void theTokenIsFetchedOnceForManyCalls() {
        await(provider().lookup(Marketplace.IT, List.of(EAN, OTHER, "00012345678905")));

        assertEquals(1, server.tokenRequests().size());
        assertEquals(3, server.searches().size());
    }

    @Test
    void eachStoreGetsItsOwnPartnerTagAndHostWhenConfigured() throws IOException {
        await(provider(Map.of("partner-tags.UK", "code2asin-uk-21", "marketplace-hosts.UK", "www.amazon.test"),
                call -> call.get()).search(Marketplace.UK, List.of(EAN)));

        FakeCreatorsServer.Received search = server.searches().get(0);
        assertEquals("www.amazon.test", search.header("x-marketplace"));
        assertEquals("code2asin-uk-21", Fixtures.JSON.readTree(search.body()).get("partnerTag").asText());
    }

    @Test
    void codesAreSentAsPrinted() {
        assertEquals("4006381333931", CreatorsApiProvider.keyword(EAN));
        assertEquals("012345678905", CreatorsApiProvider.keyword("00012345678905"));
        assertEquals("40063812", CreatorsApiProvider.keyword("00000040063812"));
        assertEquals("14006381333938", CreatorsApiProvider.keyword("14006381333938"));
    }

    @Test
    void aStoreOutsideTheCredentialsRegionFailsAsAuthWithoutACall() {
        ProviderException e = failure(provider().search(Marketplace.US, List.of(EAN)));

        assertEquals(ErrorCategory.AUTH, e.category());
        assertTrue(server.received.isEmpty());
    }

    @Test
    void noHitAsA404OrAsNoResultsIsUnmatchedNotAFailure() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(404, "error-404.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-no-results.json"));

        CatalogAnswer answer = await(provider().lookup(Marketplace.ES, List.of(EAN, OTHER)));

        assertEquals(List.of(), answer.products());
        assertEquals(Map.of(), answer.failed());
    }

    @Test
    void a429IsARateLimitCarryingRetryAfterAndIsRetried() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(429, "error-429.json").withHeader("Retry-After", "7"));
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-ean-hit.json"));

        List<CatalogProduct> found = await(provider(Map.of(), retrying()).search(Marketplace.DE, List.of(EAN)));

        assertEquals(2, found.size());
        ProviderException throttled = retried.get(0);
        assertEquals(ErrorCategory.API_RATE_LIMIT, throttled.category());
        assertEquals(Duration.ofSeconds(7), throttled.retryAfter());
        assertEquals(2, server.searches().size());
    }

    @Test
    void a429WithoutRetryAfterLeavesTheBackOffToTheGuard() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(429, "error-429.json"));

        ProviderException e = failure(provider().search(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.API_RATE_LIMIT, e.category());
        assertNull(e.retryAfter());
    }

    @Test
    void a401DropsTheTokenAndTheCallIsTriedOnceMoreWithANewOne() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(401, "error-401.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-ean-hit.json"));

        assertEquals(2, await(provider().search(Marketplace.DE, List.of(EAN))).size());
        assertEquals(2, server.tokenRequests().size());
    }

    @Test
    void a401ToTheNewTokenTooFailsTheWholeBatchAsAuth() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(401, "error-401.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.status(401, "error-401.json"));

        ProviderException e = failure(provider().lookup(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.AUTH, e.category());
        assertEquals("Creators API answered HTTP 401 to a freshly issued access token too: TokenExpired - The access "
                + "token has expired.", e.getMessage());
        assertEquals(2, server.tokenRequests().size());
    }

    @Test
    void a403IsAuthWithAmazonsReason() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(403, "error-403.json"));

        ProviderException e = failure(provider().search(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.AUTH, e.category());
        assertEquals("Creators API answered HTTP 403: AssociateNotEligible - Your account does not currently meet "
                + "the eligibility requirements.", e.getMessage());
        assertEquals(1, server.searches().size(), "the account is refused whatever the token: no new one is asked");
        assertEquals(1, server.tokenRequests().size());
    }

    @Test
    void aTokenEndpointRefusingTheCredentialsIsAuthSayingWhatItMeansWithoutACall() {
        server.tokenReplies.add(FakeCreatorsServer.Reply.status(401, "token-invalid-client.json"));

        ProviderException e = failure(provider().lookup(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.AUTH, e.category());
        assertTrue(e.getMessage().startsWith("Login with Amazon refused the credentials (HTTP 401 invalid_client: "
                + "Client authentication failed; the client id or secret is wrong"), e.getMessage());
        assertTrue(server.searches().isEmpty());
    }

    @Test
    void a400FailsItsCodeAloneAsInvalidData() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(400, "error-400.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-ean-hit.json"));

        CatalogAnswer answer = await(provider(Map.of("max-concurrency", "1"), call -> call.get())
                .lookup(Marketplace.DE, List.of(OTHER, EAN)));

        assertEquals(Set.of(OTHER), answer.failed().keySet());
        assertEquals(ErrorCategory.INVALID_DATA, answer.failed().get(OTHER).category());
        assertTrue(answer.failed().get(OTHER).getMessage().contains("FieldValidationFailed"));
        assertEquals(2, answer.products().size());
    }

    @Test
    void a200CarryingOnlyAnErrorIsInvalidData() {
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-invalid-parameter.json"));

        ProviderException e = failure(provider().search(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.INVALID_DATA, e.category());
    }

    @Test
    void aPartialErrorBesideItemsKeepsTheItems() {
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-partial-error.json"));

        assertEquals(2, await(provider().search(Marketplace.DE, List.of(EAN))).size());
    }

    @Test
    void a500IsUnknownAndRetried() {
        server.searchReplies.add(FakeCreatorsServer.Reply.status(500, "error-500.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.status(500, "error-500.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.status(500, "error-500.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.status(500, "error-500.json"));

        CatalogAnswer answer = await(provider(Map.of(), retrying()).lookup(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.UNKNOWN, answer.failed().get(EAN).category());
        assertEquals(3, retried.size());
        assertEquals(4, server.searches().size());
    }

    @Test
    void aRefusedConnectionIsANetworkFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ProviderException e = failure(provider(URI.create("http://127.0.0.1:" + closedPort), Map.of(),
                call -> call.get()).search(Marketplace.DE, List.of(EAN)));

        assertEquals(ErrorCategory.NETWORK, e.category());
    }

    @Test
    void noMoreThanMaxConcurrencyCodesAreSearchedAtOnce() {
        server.searchDelayMs = 150;
        List<String> codes = List.of(EAN, OTHER, "00012345678905", "09780306406157", "00000040063812");

        await(provider(Map.of("max-concurrency", "2"), call -> call.get()).lookup(Marketplace.DE, codes));

        assertEquals(5, server.searches().size());
        assertTrue(server.maxInFlight.get() <= 2, "searches in flight at once: " + server.maxInFlight.get());
    }

    @Test
    void anItemFoundByTwoCodesIsOneProductCarryingBoth() {
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-ean-hit.json"));
        server.searchReplies.add(FakeCreatorsServer.Reply.ok("search-ean-hit.json"));

        CatalogAnswer answer = await(provider().lookup(Marketplace.DE, List.of(EAN, "00012345678905")));

        Map<String, CatalogProduct> byAsin = new HashMap<>();
        answer.products().forEach(p -> byAsin.put(p.asin(), p));
        assertEquals(2, answer.products().size());
        assertEquals(Set.of(EAN, "00012345678905"), byAsin.get("B0CHILD001").gtin14s());
        assertInstanceOf(Set.class, byAsin.get("B0PARENT01").gtin14s());
    }
}
