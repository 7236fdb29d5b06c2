package com.code2asin.lookup.provider.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.config.CreatorsConfig;
import com.code2asin.model.Marketplace;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreatorsConfigTest {

    @Test
    void defaultsFitAnEuCredentialButNoCredentialIsMadeUp() {
        CreatorsConfig config = Fixtures.bare(Map.of());
        assertTrue(config.clientId().isEmpty());
        assertTrue(config.clientSecret().isEmpty());
        assertEquals("3.2", config.credentialVersion());
        assertEquals(Duration.ofSeconds(60), config.refreshBefore());
        assertEquals(10, config.itemCount());
        assertEquals(2, config.maxConcurrency());
        assertEquals(3, config.retries());
        assertTrue(config.partnerTags().isEmpty());
        assertTrue(config.marketplaceHosts().isEmpty());
        assertTrue(config.resources().contains("itemInfo.externalIds"));
    }

    @Test
    void theVersionSelectsRegionScopeAndHeader() {
        CredentialVersion eu = CredentialVersion.parse("3.2");
        assertTrue(eu.serves(Marketplace.FR) && eu.serves(Marketplace.UK) && !eu.serves(Marketplace.US));
        assertEquals("Bearer t", eu.authorization("t"));
        CredentialVersion na = CredentialVersion.parse("2.1");
        assertTrue(na.serves(Marketplace.US));
        assertEquals("Bearer t, Version 2.1", na.authorization("t"));
        assertEquals("creatorsapi/default", na.scope());
        assertThrows(IllegalArgumentException.class, () -> CredentialVersion.parse("1.0"));
    }
}
