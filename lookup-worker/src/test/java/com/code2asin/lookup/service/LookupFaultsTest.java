package com.code2asin.lookup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.ImageMode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way SP-API can fail reaches the item with its error class, through the real provider, quota and cache. */
@QuarkusTest
@QuarkusTestResource(value = FakeSpApi.class, restrictToAnnotatedClass = true)
class LookupFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    LookupService lookups;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "THROTTLED, API_RATE_LIMIT",
            "DENIED, AUTH",
            "INVALID, INVALID_DATA",
            "SERVER_ERROR, UNKNOWN",
            "MALFORMED, UNKNOWN",
            "DROPPED, NETWORK"})
    void eachFailureReachesTheItemWithItsClass(FakeSpApi.Fault fault, ErrorCategory expected) {
        ItemResult result = lookup(code(fault.digits)).get(0);
        assertEquals(ItemStatus.FAILED, result.status());
        assertEquals(expected, result.errorCategory(), result.error());
        assertNotNull(result.error());
    }

    @Test
    void aCodeSpApiRejectsFailsAloneAndTheOthersAreAnswered() {
        List<ItemResult> results = lookup(code("10"), code("11"), code(FakeSpApi.Fault.INVALID.digits), code("12"));
        assertEquals(List.of(ItemStatus.MATCHED, ItemStatus.MATCHED, ItemStatus.FAILED, ItemStatus.MATCHED),
                results.stream().map(ItemResult::status).toList());
        assertEquals(ErrorCategory.INVALID_DATA, results.get(2).errorCategory());
    }

    @Test
    void aBatchOfManyCodesIsAskedTwentyToACallAndAFailedCallFailsOnlyItsOwnCodes() {
        String[] codes = new String[45];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = code(i == 24 ? FakeSpApi.Fault.SERVER_ERROR.digits : "1" + i % 10);
        }
        FakeSpApi.CALLS.clear();
        List<ItemResult> results = lookup(codes);

        List<List<String>> calls = FakeSpApi.CALLS.stream().distinct().toList();
        assertEquals(List.of(20, 20, 5), calls.stream().map(List::size).toList(), "calls: " + calls);
        for (int i = 0; i < codes.length; i++) {
            boolean inFailedCall = i >= 20 && i < 40;
            assertEquals(inFailedCall ? ItemStatus.FAILED : ItemStatus.MATCHED, results.get(i).status(), "item " + i);
            if (inFailedCall) {
                assertEquals(ErrorCategory.UNKNOWN, results.get(i).errorCategory());
            }
        }
    }

    @Test
    void aCodeAskedAgainComesFromTheCache() throws Exception {
        String code = code("20");
        ItemResult first = lookup(code).get(0);
        ItemResult second = lookup(code).get(0);
        assertEquals(ItemStatus.MATCHED, first.status());
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertEquals(first.chosen(), second.chosen());
        assertTrue(unpacked(first.rawAnswer()).contains("\"asin\":\"" + first.chosen() + "\""),
                "SP-API's answer for the code, for the change log: " + unpacked(first.rawAnswer()));
        assertEquals(null, second.rawAnswer(), "a cached answer asked no provider");
    }

    private List<ItemResult> lookup(String... eans) {
        List<LookupItem> items = java.util.Arrays.stream(eans)
                .map(ean -> new LookupItem(UUID.randomUUID(), ean, "0" + ean, "EAN-13", null, null)).toList();
        LookupRequested batch = new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), "acme", Marketplace.FR,
                "sp-api", true, 0.85, false, 1, ImageMode.REPLACE, items, List.of(), null);
        BatchDone done = lookups.lookup(batch).await().atMost(WAIT);
        return items.stream().map(i -> done.items().stream().filter(r -> r.itemId().equals(i.itemId())).findFirst()
                .orElseThrow()).toList();
    }

    private static String unpacked(String packed) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(packed)))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A fresh EAN-13 whose two digits before the check digit are {@code digits}. */
    private static String code(String digits) {
        String body = "40" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000L)) + digits;
        return body + CodeParser.checkDigit(body);
    }
}
