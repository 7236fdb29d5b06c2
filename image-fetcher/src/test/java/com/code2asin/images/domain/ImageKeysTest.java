package com.code2asin.images.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImageKeysTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void keyIsPrefixProductAndHash() {
        assertEquals("products/acme/B0/B00EXAMPLE/" + SHA + ".jpg", ImageKeys.objectKey("acme", "B00EXAMPLE", SHA));
        assertEquals("products/acme/p-/p-42/", ImageKeys.productPrefix("acme", "p-42"));
    }

    @Test
    void oneCharacterProductKeyIsItsOwnPrefix() {
        assertEquals("products/acme/7/7/" + SHA + ".jpg", ImageKeys.objectKey("acme", "7", SHA));
    }

    @Test
    void productKeyCannotEscapeItsFolder() {
        for (String bad : new String[] {"../etc", "a/b", "", " ", ".hidden", "x".repeat(129), null}) {
            assertThrows(IllegalArgumentException.class, () -> ImageKeys.objectKey("acme", bad, SHA), String.valueOf(bad));
            assertThrows(IllegalArgumentException.class, () -> ImageKeys.objectKey(bad, "p1", SHA), String.valueOf(bad));
        }
    }

    @Test
    void hashMustBeLowerCaseSha256() {
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.objectKey("acme", "p1", SHA.toUpperCase()));
        assertThrows(IllegalArgumentException.class, () -> ImageKeys.objectKey("acme", "p1", "abc"));
    }
}
