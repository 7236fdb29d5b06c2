package com.code2asin.images.domain;

import java.util.regex.Pattern;

/** Object key naming under {@code products/}: {@code products/{product_id[0:2]}/{product_id}/{sha256}.jpg}. */
public final class ImageKeys {

    private static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ImageKeys() {
    }

    /** The product id, if it is safe as one path segment of an object key (no slash, no dot-dot, at most 128). */
    public static String requireValidProductId(String productId) {
        if (productId == null || !PRODUCT_ID.matcher(productId).matches()) {
            throw new IllegalArgumentException("product_id '" + productId
                    + "' cannot name an object key: use 1-128 letters, digits, '.', '_', ':' or '-'");
        }
        return productId;
    }

    /** Folder of a product's images, ending with a slash. */
    public static String productPrefix(String productId) {
        requireValidProductId(productId);
        return "products/" + productId.substring(0, Math.min(2, productId.length())) + "/" + productId + "/";
    }

    /** Key of an image; the extension is always {@code .jpg}, the real type is the object's Content-Type. */
    public static String objectKey(String productId, String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return productPrefix(productId) + sha256 + ".jpg";
    }
}
