package com.code2asin.exports.service;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Result rows and snapshots for tests. */
public final class ResultRows {

    public static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/x\",\"Click me\")";

    private ResultRows() {
    }

    public static ResultRow matched(long row, String title) {
        return new ResultRow(UUID.randomUUID(), row, "4006381333931", "04006381333931", "EAN-13", "SKU-" + row,
                "Stabilo pen", ItemStatus.MATCHED, MatchType.EXACT, "B000TEST0" + row, 0.97, title, "Stabilo",
                new BigDecimal("12.50"), "EUR", 1234, List.of("https://m.media-amazon.com/images/I/a" + row + ".jpg",
                        "https://m.media-amazon.com/images/I/b" + row + ".jpg"), null, null, Marketplace.FR);
    }

    public static ResultRow unmatched(long row) {
        return new ResultRow(UUID.randomUUID(), row, "12345670", "00000012345670", "EAN-8", null, null,
                ItemStatus.UNMATCHED, null, null, null, null, null, null, null, null, null,
                ErrorCategory.INVALID_DATA, "no product found for this code", null);
    }

    /** The three rows of the tests: matched, unmatched, matched with a formula-looking title. */
    public static List<ResultRow> three() {
        return List.of(matched(1, "Pen, blue"), unmatched(2), matched(3, HYPERLINK));
    }

    /** JSON lines, with a blank line in the middle as a snapshot may have. */
    public static String snapshot(ObjectMapper json, List<ResultRow> rows) {
        return rows.stream().map(row -> {
            try {
                return json.writeValueAsString(row);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining("\n\n", "", "\n"));
    }
}
