package com.code2asin.lookup.provider.spapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a batch's codes are packed into searchCatalogItems calls. */
class SpApiCallsTest {

    @Test
    void codesArePackedTwentyToACallOneIdentifierFormPerCall() {
        List<String> codes = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> codes.add(String.format("040000000%05d", i))); // fit EAN-13
        IntStream.range(0, 3).forEach(i -> codes.add(String.format("140000000%05d", i))); // GTIN-14 only
        IntStream.range(30, 45).forEach(i -> codes.add(String.format("040000000%05d", i)));
        codes.add(codes.get(0)); // a duplicate is asked once

        List<List<String>> calls = SpApiCatalogProvider.calls(codes);

        assertEquals(List.of(20, 20, 5, 3), calls.stream().map(List::size).toList());
        assertEquals(codes.subList(0, 20), calls.get(0));
        assertEquals(codes.subList(43, 48), calls.get(2)); // file order kept within a form
        calls.subList(0, 3).forEach(call -> call.forEach(code -> assertEquals('0', code.charAt(0))));
        calls.get(3).forEach(code -> assertEquals('1', code.charAt(0)));
    }
}
