package com.code2asin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeySegmentTest {

    @Test
    void aTenantOrProductKeyOfSafeCharactersIsOneSegment() {
        for (String safe : new String[] {"acme", "SKU-42.a:b_c", "0", "a".repeat(128)}) {
            assertTrue(KeySegment.isSafe(safe), safe);
        }
    }

    @Test
    void aSegmentThatCouldLeaveItsFolderOrSplitIsRefused() {
        for (String unsafe : new String[] {null, "", "..", "a..b", "a/b", ".hidden", "-x", "a b", "é", "a\\b",
                "a".repeat(129)}) {
            assertFalse(KeySegment.isSafe(unsafe), String.valueOf(unsafe));
        }
    }

    @Test
    void aRefusalNamesTheSegmentAndTheRule() {
        assertEquals("acme", KeySegment.require("tenant", "acme"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> KeySegment.require("tenant", "../x"));
        assertTrue(refused.getMessage().startsWith("tenant '../x' cannot name an object key: use 1-128 letters"),
                refused.getMessage());
    }
}
