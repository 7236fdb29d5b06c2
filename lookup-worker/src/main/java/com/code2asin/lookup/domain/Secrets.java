package com.code2asin.lookup.domain;

/** How credentials are shown: never whole. */
public final class Secrets {

    private Secrets() {
    }

    /** A secret: only whether it is set. */
    public static String hidden(String secret) {
        return secret == null || secret.isBlank() ? "(not set)" : "********";
    }

    /** Tells two secrets apart without showing either: the first 8 hex digits of the SHA-256 of its bytes. */
    public static String fingerprint(byte[] secret) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret), 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** An identifier that is not secret but still not shown whole: its first and last four characters. */
    public static String shortened(String id) {
        if (id == null || id.isBlank()) {
            return "(not set)";
        }
        return id.length() <= 12 ? id.charAt(0) + "****" : id.substring(0, 4) + "****" + id.substring(id.length() - 4);
    }
}
