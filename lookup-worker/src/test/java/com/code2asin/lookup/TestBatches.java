package com.code2asin.lookup;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.event.ImageMode;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** lookup.requested events for the tests that play job-api. */
public final class TestBatches {

    private TestBatches() {
    }

    /** A batch of these GTIN-14 codes (EAN-13 each, threshold 0.85), asking for no image. */
    public static LookupRequested of(String tenant, Marketplace marketplace, String provider, List<String> gtin14s,
                                     boolean withPrices) {
        List<LookupItem> items = gtin14s.stream()
                .map(g -> new LookupItem(UUID.randomUUID(), g.substring(1), g, "EAN-13", null, null)).toList();
        return new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), tenant, marketplace, provider, true, 0.85,
                false, 0, ImageMode.SKIP, items, List.of(), withPrices);
    }

    /**
     * A batch of job {@code jobId} on FR with SP-API: {@code count} fresh EAN-13 codes whose two digits before the
     * check digit are {@code tail} then the code's index (so two tests' codes differ), one image each, replacing.
     */
    public static LookupRequested forJob(UUID jobId, String tenant, int count, char tail) {
        List<LookupItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "40" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L)) + tail + i;
            String ean = body + CodeParser.checkDigit(body);
            items.add(new LookupItem(UUID.randomUUID(), ean, "0" + ean, "EAN-13", null, null));
        }
        return new LookupRequested(UUID.randomUUID(), 1, jobId, tenant, Marketplace.FR, "sp-api", true, 0.85, false, 1,
                ImageMode.REPLACE, items, List.of(), null);
    }
}
