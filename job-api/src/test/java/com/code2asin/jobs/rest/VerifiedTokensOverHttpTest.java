package com.code2asin.jobs.rest;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** VerifiedTokens in job-api's chain: it keeps what OIDC accepted and is asked before OIDC. */
@QuarkusTest
class VerifiedTokensOverHttpTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Inject
    VerifiedTokens tokens;

    private SecurityIdentity kept(String token) {
        return tokens.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), null)
                .await().indefinitely();
    }

    @Test
    void aTokenOidcAcceptedIsKeptWithItsTenantAndRoles() {
        String bob = token("bob");
        assertNull(kept(bob));
        given().auth().oauth2(bob).get(JOBS).then().statusCode(200);

        SecurityIdentity identity = kept(bob);
        assertNotNull(identity, "kept after OIDC accepted it");
        assertEquals("globex", ((JsonWebToken) identity.getPrincipal()).getClaim("tenant"));
        given().auth().oauth2(bob).get(JOBS).then().statusCode(200);
    }

    @Test
    void aTokenWithAnotherSignatureIsCheckedByOidcAndRefused() {
        String alice = token("alice");
        given().auth().oauth2(alice).get(JOBS).then().statusCode(200);
        // a character inside the signature: the last one may only carry base64's padding bits, the same signature
        int at = alice.length() - 20;
        String forged = alice.substring(0, at) + (alice.charAt(at) == 'A' ? 'B' : 'A') + alice.substring(at + 1);

        given().auth().oauth2(forged).get(JOBS).then().statusCode(401).contentType("application/problem+json");
        assertNull(kept(forged));
    }

    @Test
    void aKeptTokenIsAnsweredWithoutOidc() {
        // shaped as a JWT, but no realm signed it: only the kept identity lets it in, so a 200 shows the cache is
        // asked first
        JwtClaims claims = new JwtClaims();
        claims.setClaim("tenant", "wiring-test");
        claims.setClaim("preferred_username", "nobody");
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(60).getEpochSecond()));
        AccessTokenCredential madeUp = new AccessTokenCredential("made.up.token");
        tokens.keep(QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, madeUp))
                .addRole("READ_CODE2ASIN").addCredential(madeUp).build());

        given().auth().oauth2("made.up.token").get(JOBS).then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2("made.up.tokem").get(JOBS).then().statusCode(401);
    }
}
