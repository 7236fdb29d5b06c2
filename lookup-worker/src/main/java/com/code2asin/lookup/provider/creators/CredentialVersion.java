package com.code2asin.lookup.provider.creators;

import com.code2asin.model.Marketplace;

/**
 * What a credential's version decides (docs/amazon.md, "Creators API: authentication"): 2.x is Cognito, 3.x Login
 * with Amazon; the minor digit is the region group (1 NA, 2 EU, 3 FE) whose stores the credential may ask.
 */
public record CredentialVersion(String value, boolean lwa, Marketplace.Region region) {

    /** @throws IllegalArgumentException naming the versions there are */
    public static CredentialVersion parse(String value) {
        String v = value == null ? "" : value.trim();
        if (!v.matches("[23]\\.[123]")) {
            throw new IllegalArgumentException("Creators API credential version must be 2.1-2.3 or 3.1-3.3, not '"
                    + value + "'");
        }
        Marketplace.Region region = switch (v.charAt(2)) {
            case '1' -> Marketplace.Region.NA;
            case '2' -> Marketplace.Region.EU;
            default -> Marketplace.Region.FE;
        };
        return new CredentialVersion(v, v.charAt(0) == '3', region);
    }

    /** {@code creatorsapi::default} for LWA, {@code creatorsapi/default} for Cognito. */
    String scope() {
        return lwa ? "creatorsapi::default" : "creatorsapi/default";
    }

    /** 3.x tokens must not carry the version; 2.x need it. */
    String authorization(String accessToken) {
        return lwa ? "Bearer " + accessToken : "Bearer " + accessToken + ", Version " + value;
    }

    boolean serves(Marketplace marketplace) {
        return marketplace.region() == region;
    }
}
