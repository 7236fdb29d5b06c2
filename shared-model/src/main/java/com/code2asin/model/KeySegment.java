package com.code2asin.model;

import java.util.regex.Pattern;

/**
 * One path segment of an S3 object key made of outside data (a tenant, a product key): it can neither climb out of
 * its folder nor split into two. The one rule every service holds such a segment to.
 */
public final class KeySegment {

    private static final String RULE = "1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit, "
            + "without '..'";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private KeySegment() {
    }

    public static boolean isSafe(String value) {
        return value != null && SAFE.matcher(value).matches() && !value.contains("..");
    }

    /** {@code value}, if it is safe; else refused, naming it ({@code name}) and the rule. */
    public static String require(String name, String value) {
        if (!isSafe(value)) {
            throw new IllegalArgumentException(name + " '" + value + "' cannot name an object key: use " + RULE);
        }
        return value;
    }
}
