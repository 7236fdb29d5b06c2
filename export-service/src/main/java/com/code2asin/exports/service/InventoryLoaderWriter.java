package com.code2asin.exports.service;

import com.code2asin.model.Marketplace;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Offers of the matched items as Inventory Loader files (tab-separated, UTF-8, one header row of field names), the
 * offer-only flat file a seller uploads by hand in Seller Central: one per marketplace, as each is uploaded to its
 * own, in a ZIP with {@value NotListed#ENTRY} for the items that could not be offered. The item is named by its ASIN
 * ({@code product-id-type} 1), {@code add-delete} is {@code a} (add or update). Returns the offers written.
 */
public class InventoryLoaderWriter implements ResultWriter {

    static final List<String> HEADERS = List.of("sku", "product-id", "product-id-type", "price",
            "minimum-seller-allowed-price", "maximum-seller-allowed-price", "item-condition", "quantity",
            "add-delete", "will-ship-internationally", "expedited-shipping", "item-note");
    private static final String ASIN_TYPE = "1";

    private final SnapshotRows rows;

    public InventoryLoaderWriter(ObjectMapper json) {
        this.rows = new SnapshotRows(json);
    }

    static String entryName(Marketplace marketplace) {
        return "inventory-loader-" + marketplace.name() + ".txt";
    }

    @Override
    public long write(BufferedReader snapshot, OutputStream out, boolean includeUnmatched) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Map<Marketplace, Path> files = new EnumMap<>(Marketplace.class);
        Map<Marketplace, BufferedWriter> writers = new EnumMap<>(Marketplace.class);
        try (NotListed notListed = new NotListed()) {
            long[] offers = {0};
            rows.forEach(snapshot, includeUnmatched, row -> {
                ListingOffer.Checked checked = ListingOffer.of(row);
                if (checked.offer() == null) {
                    notListed.add(row, checked.problems());
                    return;
                }
                ListingOffer offer = checked.offer();
                BufferedWriter tsv = writers.get(offer.marketplace());
                if (tsv == null) {
                    Path file = Files.createTempFile("inventory-loader-", ".txt");
                    files.put(offer.marketplace(), file);
                    tsv = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    writers.put(offer.marketplace(), tsv);
                    tsv.write(String.join("\t", HEADERS) + "\n");
                }
                tsv.write(String.join("\t", offer.sku(), offer.asin(), ASIN_TYPE, offer.price().toPlainString(), "",
                        "", Integer.toString(offer.condition().loaderCode()), Integer.toString(offer.quantity()), "a",
                        "", "", "") + "\n");
                offers[0]++;
            });
            for (Map.Entry<Marketplace, Path> file : files.entrySet()) {
                writers.get(file.getKey()).close();
                zip.putNextEntry(new ZipEntry(entryName(file.getKey())));
                Files.copy(file.getValue(), zip);
                zip.closeEntry();
            }
            notListed.addTo(zip);
            zip.finish();
            return offers[0];
        } finally {
            for (BufferedWriter writer : writers.values()) {
                writer.close();
            }
            for (Path file : files.values()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
