package com.code2asin.jobs.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The kept identities of checked tokens: what is answered, for how long, and what is passed on to OIDC. */
class VerifiedTokensTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Instant start = Instant.parse("2026-12-07T10:00:00Z");
    private final InstantSource clock = () -> start.plusNanos(nanos.get());
    private final VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofSeconds(60), nanos::get, clock);

    private SecurityIdentity checked(String token, String tenant, Instant expires) {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("tenant", tenant);
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expires.getEpochSecond()));
        return QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(token, claims))
                .addRole("READ_CODE2ASIN").addCredential(new AccessTokenCredential(token))
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, "the first request's context").build();
    }

    private SecurityIdentity answer(String token) {
        return tokens.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), null)
                .await().indefinitely();
    }

    private void after(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    @Test
    void aCheckedTokenIsAnsweredWithItsIdentityWithoutTheRequestItCameWith() {
        assertNull(answer("token-a"), "an unknown token goes on to OIDC");
        tokens.keep(checked("token-a", "acme", start.plus(Duration.ofMinutes(5))));

        SecurityIdentity again = answer("token-a");
        assertNotNull(again);
        assertEquals("acme", ((DefaultJWTCallerPrincipal) again.getPrincipal()).getClaim("tenant"));
        assertEquals(Set.of("READ_CODE2ASIN"), again.getRoles());
        assertEquals("token-a", again.getCredential(AccessTokenCredential.class).getToken());
        assertNull(again.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE),
                "a request's context is its own, never an earlier request's");
    }

    @Test
    void onlyTheSameWholeTokenIsAnswered() {
        tokens.keep(checked("header.claims.signature", "acme", start.plus(Duration.ofMinutes(5))));

        assertNull(answer("header.claims.signaturX"), "another signature is checked by OIDC");
        assertNull(answer("header.claims.signatur"));
        assertNotNull(answer("header.claims.signature"));
    }

    @Test
    void aTokenIsNeverAnsweredPastItsExpiry() {
        tokens.keep(checked("token-a", "acme", start.plus(Duration.ofSeconds(20))));
        after(Duration.ofSeconds(19));
        assertNotNull(answer("token-a"));
        after(Duration.ofSeconds(1));
        assertNull(answer("token-a"), "expired: OIDC refuses it");
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterMaxAge() {
        tokens.keep(checked("token-a", "acme", start.plus(Duration.ofHours(8))));
        after(Duration.ofSeconds(59));
        assertNotNull(answer("token-a"));
        after(Duration.ofSeconds(2));
        assertNull(answer("token-a"), "past max-age the realm's keys are asked again");
    }

    @Test
    void atMostMaxSizeTokensAreKept() {
        for (int i = 0; i < 300; i++) {
            tokens.keep(checked("token-" + i, "acme", start.plus(Duration.ofMinutes(5))));
        }
        long answered = java.util.stream.IntStream.range(0, 300).filter(i -> answer("token-" + i) != null).count();
        assertTrue(answered > 0 && answered <= 100, answered + " tokens answered, with room for 100");
    }

    @Test
    void anExpiredOrAnonymousIdentityIsNotKept() {
        tokens.keep(checked("token-old", "acme", start.minusSeconds(1)));
        tokens.keep(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        assertNull(answer("token-old"));
    }

    @Test
    void twoTokensKeepTheirOwnIdentities() {
        SecurityIdentity alice = checked("token-alice", "acme", start.plus(Duration.ofMinutes(5)));
        tokens.keep(alice);
        tokens.keep(checked("token-bob", "globex", start.plus(Duration.ofMinutes(5))));

        assertEquals("globex", ((DefaultJWTCallerPrincipal) answer("token-bob").getPrincipal()).getClaim("tenant"));
        assertSame(alice.getPrincipal(), answer("token-alice").getPrincipal());
    }
}
