package com.code2asin.exports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Marketplace;
import com.code2asin.model.SellerPrice;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.ResultRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two Amazon listing formats: what each offer holds, how documents are cut, and what is reported unlisted. */
class AmazonListingWritersTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12.50|12.50", "12,50 €|12.50", "EUR 1 234.50|1234.50", "1.234,50|1234.50", "1,234,567|1234567",
            "€19|19", "0|", "-5|", "abc|", "1.234|", "12.345,6.7|", "''|"})
    void pricesAreReadAsSellersWriteThem(String written, String expected) {
        BigDecimal price = SellerPrice.parse(written);
        assertEquals(expected, price == null ? null : price.toPlainString());
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "BLANK", value = {"BLANK, NEW", "new, NEW", "Neuf, NEW", "11, NEW", "new_new, NEW",
            "used like new, USED_LIKE_NEW", "Occasion - très bon état, USED_VERY_GOOD", "10, REFURBISHED",
            "reconditionné, REFURBISHED", "damaged, NONE", "9, NONE"})
    void conditionsAreReadAsNumbersValuesOrWords(String written, String expected) {
        assertEquals(expected, ItemCondition.of(written).map(Enum::name).orElse("NONE"));
    }

    @Test
    void aFeedHoldsOneOfferOnlyMessagePerListableItemAndTheOthersAreReportedWithEveryReason() throws IOException {
        List<ResultRow> rows = List.of(
                offer(1, "SKU-1", "12,50 €", "5", null, Marketplace.FR),
                offer(2, null, "abc", "-1", "damaged", Marketplace.FR),
                ResultRows.unmatched(3),
                offer(4, "SKU-4", "9.99", "0", "used good", Marketplace.DE));
        Map<String, String> zip = write(new ListingsFeedWriter(json, "A2SELLER0TEST"), rows, 2);

        assertEquals(List.of("listings-feed-0001.json", NotListed.ENTRY), List.copyOf(zip.keySet()));
        JsonNode feed = json.readTree(zip.get("listings-feed-0001.json"));
        assertEquals("A2SELLER0TEST", feed.at("/header/sellerId").asText());
        assertEquals("2.0", feed.at("/header/version").asText());
        JsonNode first = feed.at("/messages/0");
        assertEquals(1, first.get("messageId").asInt());
        assertEquals("SKU-1", first.get("sku").asText());
        assertEquals("UPDATE", first.get("operationType").asText());
        assertEquals("PRODUCT", first.get("productType").asText());
        assertEquals("LISTING_OFFER_ONLY", first.get("requirements").asText());
        JsonNode attributes = first.get("attributes");
        assertEquals("new_new", attributes.at("/condition_type/0/value").asText());
        assertEquals("A13V1IB3VIYZZH", attributes.at("/condition_type/0/marketplace_id").asText());
        assertEquals("B000TEST01", attributes.at("/merchant_suggested_asin/0/value").asText());
        assertEquals("EUR", attributes.at("/purchasable_offer/0/currency").asText());
        assertEquals(12.5, attributes.at("/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").asDouble());
        assertTrue(zip.get("listings-feed-0001.json").contains("\"value_with_tax\":12.50"), "the amount as given");
        assertEquals("DEFAULT", attributes.at("/fulfillment_availability/0/fulfillment_channel_code").asText());
        assertEquals(5, attributes.at("/fulfillment_availability/0/quantity").asInt());
        JsonNode second = feed.at("/messages/1");
        assertEquals(2, second.get("messageId").asInt());
        assertEquals("used_good", second.at("/attributes/condition_type/0/value").asText());
        assertEquals("A1PA6795UKMFR9", second.at("/attributes/merchant_suggested_asin/0/marketplace_id").asText());

        List<CSVRecord> notListed = notListed(zip);
        assertEquals(List.of("2", "3"), notListed.stream().map(r -> r.get("row_number")).toList());
        String reasons = notListed.get(0).get("reason");
        for (String expected : List.of("no SKU", "price 'abc'", "quantity '-1'", "condition 'damaged'")) {
            assertTrue(reasons.contains(expected), reasons);
        }
        assertTrue(notListed.get(1).get("reason").startsWith("no ASIN: the item is unmatched"));
    }

    @Test
    void aFeedIsCutIntoDocumentsOfAtMostTheMessagesAmazonTakes() throws IOException {
        List<ResultRow> rows = List.of(offer(1, "A", "1", "1", null, Marketplace.FR),
                offer(2, "B", "1", "1", null, Marketplace.FR), offer(3, "C", "1", "1", null, Marketplace.FR));
        Map<String, String> zip = write(new ListingsFeedWriter(json, "A2SELLER0TEST", 2), rows, 3);

        assertEquals(List.of("listings-feed-0001.json", "listings-feed-0002.json", NotListed.ENTRY),
                List.copyOf(zip.keySet()));
        assertEquals(2, json.readTree(zip.get("listings-feed-0001.json")).get("messages").size());
        JsonNode last = json.readTree(zip.get("listings-feed-0002.json"));
        assertEquals("C", last.at("/messages/0/sku").asText());
        assertEquals(1, last.at("/messages/0/messageId").asInt(), "message ids are unique per feed, from 1");
        assertEquals(0, notListed(zip).size());
    }

    @Test
    void theInventoryLoaderWritesOneTabSeparatedFilePerMarketplace() throws IOException {
        List<ResultRow> rows = List.of(offer(1, "SKU-1", "12,50", "5", null, Marketplace.FR),
                offer(2, "SKU-2", "3", "1", "Used like new", Marketplace.DE),
                offer(3, "SKU-3", "", "1", null, Marketplace.FR));
        Map<String, String> zip = write(new InventoryLoaderWriter(json), rows, 2);

        assertEquals(List.of("inventory-loader-FR.txt", "inventory-loader-DE.txt", NotListed.ENTRY),
                List.copyOf(zip.keySet()));
        List<String> fr = zip.get("inventory-loader-FR.txt").lines().toList();
        assertEquals(String.join("\t", InventoryLoaderWriter.HEADERS), fr.get(0));
        assertEquals(List.of("SKU-1", "B000TEST01", "1", "12.50", "", "", "11", "5", "a", "", "", ""),
                List.of(fr.get(1).split("\t", -1)));
        assertEquals(2, fr.size());
        String de = zip.get("inventory-loader-DE.txt").lines().toList().get(1);
        assertEquals("1", de.split("\t", -1)[6], "used like new is item-condition 1");
        assertEquals("no price: give the upload a price column", notListed(zip).get(0).get("reason"));
    }

    @Test
    void onlyMatchedItemsWhenUnmatchedAreLeftOut() throws IOException {
        Map<String, String> zip = write(new InventoryLoaderWriter(json), List.of(ResultRows.unmatched(1)), 0, false);
        assertEquals(List.of(NotListed.ENTRY), List.copyOf(zip.keySet()));
        assertEquals(0, notListed(zip).size());
    }

    private static ResultRow offer(long row, String sku, String price, String quantity, String condition,
                                   Marketplace marketplace) {
        return new ResultRow(UUID.randomUUID(), row, "4006381333931", "04006381333931", "EAN-13", "P" + row,
                "Stabilo pen", ItemStatus.MATCHED, MatchType.EXACT, "B000TEST0" + row, 0.97, "Pen", "Stabilo",
                new BigDecimal("14.90"), "EUR", 1234, List.of(), null, null, marketplace, sku, price, quantity,
                condition, List.of(), List.of(), null, null);
    }

    private Map<String, String> write(ResultWriter writer, List<ResultRow> rows, long offers) throws IOException {
        return write(writer, rows, offers, true);
    }

    private Map<String, String> write(ResultWriter writer, List<ResultRow> rows, long offers, boolean unmatched)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String snapshot = ResultRows.snapshot(json, rows);
        assertEquals(offers, writer.write(new BufferedReader(new StringReader(snapshot)), out, unmatched));
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<CSVRecord> notListed(Map<String, String> zip) throws IOException {
        String csv = zip.get(NotListed.ENTRY);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
    }
}
