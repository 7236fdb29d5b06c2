package com.code2asin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductKeyTest {

    @Test
    void aSafeProductIdIsItsOwnKey() {
        assertEquals("SKU-42.a:b_c", ProductKey.of(" SKU-42.a:b_c ", "04006381333931"));
    }

    @Test
    void withoutAProductIdTheCodeIsTheKey() {
        assertEquals("04006381333931", ProductKey.of(null, "04006381333931"));
        assertEquals("04006381333931", ProductKey.of("  ", "04006381333931"));
    }

    @Test
    void anIdThatCannotNameAnObjectKeyIsDigestedAndStaysDistinct() {
        String slashed = ProductKey.of("../other-tenant/x", "04006381333931");
        String spaced = ProductKey.of("Stylo bleu é", "04006381333931");
        assertTrue(KeySegment.isSafe(slashed) && slashed.startsWith("id-"), slashed);
        assertTrue(KeySegment.isSafe(spaced), spaced);
        assertNotEquals(slashed, spaced);
        assertEquals(spaced, ProductKey.of("Stylo bleu é", "04006381333931"), "the same id, the same key");
        assertTrue(ProductKey.of("a..b", null).startsWith("id-"), "no dot-dot in a key");
    }
}
