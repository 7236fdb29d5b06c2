package com.code2asin.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a seller's product is known by across jobs, for the images stored for it: the upload's {@code product_id}
 * when it can name an object key as written, a digest of it when it cannot (spaces, slashes, accents), and the
 * code's GTIN-14 when the upload gave none.
 */
public final class ProductKey {

    private ProductKey() {
    }

    public static String of(String productId, String gtin14) {
        String id = productId == null ? "" : productId.strip();
        if (id.isEmpty()) {
            return gtin14;
        }
        return KeySegment.isSafe(id) ? id : "id-" + sha256(id).substring(0, 40);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
