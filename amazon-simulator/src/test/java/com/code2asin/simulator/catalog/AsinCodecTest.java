package com.code2asin.simulator.catalog;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsinCodecTest {

    private final AsinCodec codec = new AsinCodec(42);

    @Test
    void listingAsinsDecodeToTheirBodyAndListing() {
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            long body = Math.floorMod(random.nextLong(), AsinCodec.BODIES);
            int listing = i % 2;
            String asin = codec.listing(body, listing);
            assertTrue(asin.matches("B0[0-9A-Z]{8}"), asin);
            assertTrue(seen.add(asin));
            assertEquals(Optional.of(new AsinCodec.Listing(body, listing)), codec.decode(asin));
        }
    }

    @Test
    void familyAsinsDecodeToTheirFamily() {
        for (long family : new long[] {0, 1, 123_456_789, AsinCodec.FAMILIES - 1}) {
            assertEquals(Optional.of(new AsinCodec.Family(family)), codec.decode(codec.family(family)));
        }
    }

    @Test
    void edgesOfTheRangeRoundTrip() {
        assertEquals(Optional.of(new AsinCodec.Listing(0, 0)), codec.decode(codec.listing(0, 0)));
        assertEquals(Optional.of(new AsinCodec.Listing(AsinCodec.BODIES - 1, 1)),
                codec.decode(codec.listing(AsinCodec.BODIES - 1, 1)));
    }
}
