package com.code2asin.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
