package com.code2asin.simulator.lwa;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenStoreTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final TokenStore store = new TokenStore(clock, Duration.ofHours(1));

    @Test
    void anIssuedTokenIsValidUntilItsLifetimeEnds() {
        String token = store.issue();
        assertTrue(token.startsWith("Atza|"));
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertEquals(TokenStore.Status.VALID, store.check(token));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertEquals(TokenStore.Status.EXPIRED, store.check(token));
    }

    @Test
    void unknownTokensAreUnknownAndLongExpiredOnesAreForgotten() {
        assertEquals(TokenStore.Status.UNKNOWN, store.check("Atza|made-up"));
        assertEquals(TokenStore.Status.UNKNOWN, store.check(null));
        String old = store.issue();
        clock.now = clock.now.plus(Duration.ofHours(3));
        store.issue();
        assertEquals(TokenStore.Status.UNKNOWN, store.check(old));
    }

    @Test
    void aRevokedTokenIsRefusedButKeepsItsOwnerAndLaterTokensAreValid() {
        String token = store.issue("seller-1");
        store.revokeAll();
        assertEquals(TokenStore.Status.REVOKED, store.check(token));
        assertEquals("seller-1", store.owner(token));
        assertEquals(TokenStore.Status.VALID, store.check(store.issue("seller-1")));
    }

    @Test
    void presentingATokenCountsItsUsesAndRefusesItOnceAtTheUseAsked() {
        String token = store.issue();
        assertEquals(TokenStore.Status.VALID, store.present(token, 3));
        assertEquals(TokenStore.Status.VALID, store.present(token, 3));
        assertEquals(TokenStore.Status.REVOKED, store.present(token, 3));
        assertEquals(TokenStore.Status.VALID, store.present(token, 3));
        assertEquals(TokenStore.Status.VALID, store.present(store.issue(), 0), "0: no refusal");
    }
}
