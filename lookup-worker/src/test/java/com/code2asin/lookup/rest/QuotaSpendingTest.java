package com.code2asin.lookup.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The caller's tenant, as every tenant-scoped endpoint of lookup-worker reads it. */
class QuotaSpendingTest {

    @Test
    void theTenantIsTheTokensClaim() {
        assertEquals("acme", new QuotaSpending(null, token(Map.of("tenant", "acme"))).tenant());
    }

    @Test
    void aTokenWithoutATenantIsRefusedRatherThanGivenAStandInTenant() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of(), Map.of("tenant", " "))) {
            WebApplicationException refused = assertThrows(WebApplicationException.class,
                    () -> new QuotaSpending(null, token(claims)).tenant());
            assertEquals(403, refused.getResponse().getStatus());
            assertTrue(refused.getMessage().contains("your token names no tenant (claim 'tenant')"),
                    refused.getMessage());
        }
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "ops";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
