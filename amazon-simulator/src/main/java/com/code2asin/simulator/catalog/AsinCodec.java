package com.code2asin.simulator.catalog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a listing slot into an ASIN and back, with no storage: a seeded 42-bit Feistel permutation
 * (cycle-walked into the slot range) written as "B0" + 8 base-36 characters.
 * Slots: listing 0 or 1 of each 12-digit GTIN body (GTIN-14 "0" + body + check digit), then one per
 * variation family (ten consecutive bodies).
 */
final class AsinCodec {

    static final long BODIES = 1_000_000_000_000L;
    static final long FAMILIES = BODIES / 10;
    private static final long SLOTS = 2 * BODIES + FAMILIES;
    private static final int HALF_BITS = 21;
    private static final long HALF_MASK = (1L << HALF_BITS) - 1;
    private static final int ROUNDS = 4;
    private static final Pattern ASIN = Pattern.compile("B0[0-9A-Z]{8}");

    /** What an ASIN stands for. */
    sealed interface Slot permits Listing, Family {
    }

    record Listing(long body, int listing) implements Slot {
    }

    record Family(long family) implements Slot {
    }

    private final long seed;

    AsinCodec(long seed) {
        this.seed = seed;
    }

    String listing(long body, int listing) {
        return format(encrypt(listing * BODIES + body));
    }

    String family(long family) {
        return format(encrypt(2 * BODIES + family));
    }

    Optional<Slot> decode(String asin) {
        if (asin == null || !ASIN.matcher(asin).matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(asin.substring(2), 36);
        if (value >= SLOTS) {
            return Optional.empty();
        }
        long slot = decrypt(value);
        if (slot >= 2 * BODIES) {
            return Optional.of(new Family(slot - 2 * BODIES));
        }
        return Optional.of(new Listing(slot % BODIES, (int) (slot / BODIES)));
    }

    private static String format(long value) {
        String digits = Long.toString(value, 36).toUpperCase(java.util.Locale.ROOT);
        return "B0" + "0".repeat(8 - digits.length()) + digits;
    }

    private long encrypt(long slot) {
        long x = slot;
        do {
            x = rounds(x, true);
        } while (x >= SLOTS);
        return x;
    }

    private long decrypt(long value) {
        long x = value;
        do {
            x = rounds(x, false);
        } while (x >= SLOTS);
        return x;
    }

    private long rounds(long x, boolean forward) {
        long left = x >>> HALF_BITS;
        long right = x & HALF_MASK;
        for (int i = 0; i < ROUNDS; i++) {
            if (forward) {
                long next = left ^ round(i, right);
                left = right;
                right = next;
            } else {
                long previous = right ^ round(ROUNDS - 1 - i, left);
                right = left;
                left = previous;
            }
        }
        return (left << HALF_BITS) | right;
    }

    private long round(int i, long half) {
        return StableHash.of(seed, 0xA51CL, i, half) & HALF_MASK;
    }
}
