package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a listed code appears on Amazon, drawn from (seed, code): its kind and the one marketplace it may be
 * missing from. {@code body} is the 12 digits between the leading zero and the check digit of its GTIN-14.
 */
record CodeProfile(long body, Kind kind, Marketplace gap) {

    /** TITLE_ONLY: listed without any identifier, so only a keyword (title) search finds it. */
    enum Kind { PLAIN, DUPLICATE, MULTIPACK, VARIATION_CHILD, TITLE_ONLY }

    static final double UNLISTED = 0.20;
    static final double GAP = 0.05;
    private static final double DUPLICATE = 0.04;
    private static final double MULTIPACK = 0.08;
    private static final double VARIATION = 0.13;
    private static final double TITLE_ONLY = 0.15;
    private static final long SALT = 0xC0DEL;
    private static final Pattern GTIN14 = Pattern.compile("0\\d{13}");

    /** The profile of a code, empty when the code is not on Amazon (or is not a GTIN-14 the catalog can hold). */
    static Optional<CodeProfile> of(long seed, String gtin14) {
        if (gtin14 == null || !GTIN14.matcher(gtin14).matches()
                || CodeParser.checkDigit(gtin14.substring(0, 13)) != gtin14.charAt(13) - '0') {
            return Optional.empty();
        }
        return of(seed, Long.parseLong(gtin14.substring(1, 13)));
    }

    static Optional<CodeProfile> of(long seed, long body) {
        StableHash.Draw d = new StableHash.Draw(StableHash.of(seed, SALT, body));
        if (StableHash.unit(d.next()) < UNLISTED) {
            return Optional.empty();
        }
        Marketplace gap = StableHash.unit(d.next()) < GAP ? d.pick(java.util.List.of(Marketplace.values())) : null;
        double k = StableHash.unit(d.next());
        Kind kind = k < DUPLICATE ? Kind.DUPLICATE : k < MULTIPACK ? Kind.MULTIPACK
                : k < VARIATION ? Kind.VARIATION_CHILD : k < TITLE_ONLY ? Kind.TITLE_ONLY : Kind.PLAIN;
        return Optional.of(new CodeProfile(body, kind, gap));
    }

    boolean presentIn(Marketplace m) {
        return m != gap;
    }

    long family() {
        return body / 10;
    }

    String gtin14() {
        String body13 = "0" + String.format("%012d", body);
        return body13 + CodeParser.checkDigit(body13);
    }
}
