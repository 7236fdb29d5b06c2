package com.code2asin.exports.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Offers of the matched items as JSON_LISTINGS_FEED documents (Feeds API 2021-06-30, schema version 2.0): one
 * {@code LISTING_OFFER_ONLY} message per item on its ASIN (product type {@code PRODUCT}), at most 25,000 messages a
 * document as Amazon allows, in a ZIP with {@value NotListed#ENTRY} for the items that could not be offered. Each
 * document is submitted as one feed. Returns the messages written.
 */
public class ListingsFeedWriter implements ResultWriter {

    /** Amazon's limit of messages per feed. */
    static final int MAX_MESSAGES = 25_000;

    private final ObjectMapper json;
    private final SnapshotRows rows;
    private final String sellerId;
    private final int messagesPerFeed;

    public ListingsFeedWriter(ObjectMapper json, String sellerId) {
        this(json, sellerId, MAX_MESSAGES);
    }

    ListingsFeedWriter(ObjectMapper json, String sellerId, int messagesPerFeed) {
        this.json = json;
        this.rows = new SnapshotRows(json);
        this.sellerId = sellerId;
        this.messagesPerFeed = messagesPerFeed;
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (NotListed notListed = new NotListed()) {
            Feeds feeds = new Feeds(zip);
            rows.forEach(snapshot, includeUnmatched, row -> {
                ListingOffer.Checked checked = ListingOffer.of(row);
                if (checked.offer() == null) {
                    notListed.add(row, checked.problems());
                } else {
                    feeds.add(checked.offer());
                }
            });
            feeds.end();
            notListed.addTo(zip);
            zip.finish();
            return feeds.messages;
        }
    }

    /** The feed documents written so far; a new one begins when the current one is full. */
    private final class Feeds {
        private final ZipOutputStream zip;
        private JsonGenerator feed;
        private int inFeed;
        private int documents;
        private long messages;

        Feeds(ZipOutputStream zip) {
            this.zip = zip;
        }

        void add(ListingOffer offer) throws IOException {
            if (feed == null || inFeed == messagesPerFeed) {
                end();
                begin();
            }
            message(feed, ++inFeed, offer);
            messages++;
        }

        private void begin() throws IOException {
            zip.putNextEntry(new ZipEntry(String.format("listings-feed-%04d.json", ++documents)));
            feed = json.getFactory().createGenerator(zip, JsonEncoding.UTF8);
            feed.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            feed.writeStartObject();
            feed.writeObjectFieldStart("header");
            feed.writeStringField("sellerId", sellerId);
            feed.writeStringField("version", "2.0");
            feed.writeEndObject();
            feed.writeArrayFieldStart("messages");
            inFeed = 0;
        }

        void end() throws IOException {
            if (feed != null) {
                feed.writeEndArray();
                feed.writeEndObject();
                feed.close();
                zip.closeEntry();
                feed = null;
            }
        }
    }

    private static void message(JsonGenerator out, int messageId, ListingOffer offer) throws IOException {
        String marketplaceId = offer.marketplace().marketplaceId();
        out.writeStartObject();
        out.writeNumberField("messageId", messageId);
        out.writeStringField("sku", offer.sku());
        out.writeStringField("operationType", "UPDATE");
        out.writeStringField("productType", "PRODUCT");
        out.writeStringField("requirements", "LISTING_OFFER_ONLY");
        out.writeObjectFieldStart("attributes");
        valueAttribute(out, "condition_type", offer.condition().attributeValue(), marketplaceId);
        valueAttribute(out, "merchant_suggested_asin", offer.asin(), marketplaceId);
        out.writeArrayFieldStart("purchasable_offer");
        out.writeStartObject();
        out.writeStringField("currency", offer.marketplace().currency());
        out.writeStringField("marketplace_id", marketplaceId);
        out.writeArrayFieldStart("our_price");
        out.writeStartObject();
        out.writeArrayFieldStart("schedule");
        out.writeStartObject();
        out.writeNumberField("value_with_tax", offer.price());
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndArray();
        out.writeArrayFieldStart("fulfillment_availability");
        out.writeStartObject();
        out.writeStringField("fulfillment_channel_code", "DEFAULT"); // shipped by the seller
        out.writeNumberField("quantity", offer.quantity());
        out.writeEndObject();
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void valueAttribute(JsonGenerator out, String name, String value, String marketplaceId)
            throws IOException {
        out.writeArrayFieldStart(name);
        out.writeStartObject();
        out.writeStringField("value", value);
        out.writeStringField("marketplace_id", marketplaceId);
        out.writeEndObject();
        out.writeEndArray();
    }
}
