package com.code2asin.images.domain;

import com.code2asin.model.KeySegment;
import java.util.regex.Pattern;

/**
 * Object key naming under {@code products/}: {@code products/{tenant}/{product_key[0:2]}/{product_key}/{sha256}.jpg}.
 * The tenant comes first: two sellers' product "42" are two products, and one's {@code replace} never touches the
 * other's images.
 */
public final class ImageKeys {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ImageKeys() {
    }

    /** The product key, if it is safe as one path segment of an object key ({@link KeySegment}). */
    public static String requireValidProductKey(String productKey) {
        return KeySegment.require("product_key", productKey);
    }

    /** The tenant, if it is safe as one path segment of an object key. */
    public static String requireValidTenant(String tenant) {
        return KeySegment.require("tenant", tenant);
    }

    /** Folder of a tenant's product's images, ending with a slash. */
    public static String productPrefix(String tenant, String productKey) {
        requireValidTenant(tenant);
        requireValidProductKey(productKey);
        return "products/" + tenant + "/" + productKey.substring(0, Math.min(2, productKey.length())) + "/"
                + productKey + "/";
    }

    /** Key of an image; the extension is always {@code .jpg}, the real type is the object's Content-Type. */
    public static String objectKey(String tenant, String productKey, String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return productPrefix(tenant, productKey) + sha256 + ".jpg";
    }
}
