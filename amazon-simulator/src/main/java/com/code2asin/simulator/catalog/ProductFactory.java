package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.catalog.Product.Identifier;
import com.code2asin.simulator.catalog.Product.Image;
import com.code2asin.simulator.catalog.Product.Rank;
import com.code2asin.simulator.catalog.StableHash.Draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Generates the data of one ASIN: the family or code decides brand and model, the ASIN its images and rank. */
final class ProductFactory {

    private static final long IDENTITY = 1;
    private static final long FAMILY = 2;
    private static final long LOOK = 3;
    private static final long ASIN = 4;
    private static final int MAX_RANK = 500_000;
    private static final int[][] ASPECTS = {{1500, 1500}, {1500, 1000}, {1200, 1600}, {2000, 1333}, {1600, 1600},
            {1000, 1500}};

    private record Identity(String brand, String manufacturer, Category category, String noun, String model) {
    }

    private final long seed;
    private final String imageBaseUrl;

    ProductFactory(long seed, String imageBaseUrl) {
        this.seed = seed;
        this.imageBaseUrl = imageBaseUrl.endsWith("/") ? imageBaseUrl.substring(0, imageBaseUrl.length() - 1)
                : imageBaseUrl;
    }

    /** The ASIN that truly carries the code: a base product, or a variation child when parentAsin is set. */
    Product primary(CodeProfile p, Marketplace m, String asin, String parentAsin) {
        Identity id = identity(p);
        Draw look = new Draw(StableHash.of(seed, LOOK, p.body()));
        String color = look.pick(Vocabulary.COLORS);
        List<String> sizes = id.category().sizes();
        String size = !sizes.isEmpty() && (parentAsin != null || look.nextInt(2) == 0) ? look.pick(sizes) : null;
        String title = "%s %s %s, %s%s".formatted(id.brand(), id.noun(), id.model(), color,
                size == null ? "" : ", " + size);
        return product(asin, m, id, identifiers(p.gtin14(), look), title, color, size, 1, parentAsin, false);
    }

    /** The listing of a code whose seller gave no identifier: the primary's data without identifiers. */
    Product titleOnly(CodeProfile p, Marketplace m, String asin) {
        Product q = primary(p, m, asin, null);
        return new Product(q.asin(), m, q.itemClassification(), List.of(), q.brand(), q.manufacturer(), q.itemName(),
                q.modelNumber(), q.color(), q.size(), q.packageQuantity(), q.category(), q.rank(), q.images(), null,
                List.of());
    }

    /** A second ASIN with the same identifier: a duplicate listing, or a multipack of the primary. */
    Product second(CodeProfile p, Marketplace m, String asin) {
        Identity id = identity(p);
        Draw look = new Draw(StableHash.of(seed, LOOK, p.body()));
        String color = look.pick(Vocabulary.COLORS);
        Draw own = new Draw(StableHash.of(seed, ASIN, StableHash.of(asin)));
        if (p.kind() == CodeProfile.Kind.MULTIPACK) {
            int quantity = own.between(2, 12);
            String title = "%s %s %s, %s (Pack of %d)".formatted(id.brand(), id.noun(), id.model(), color, quantity);
            return product(asin, m, id, identifiers(p.gtin14(), own), title, color, null, quantity, null, false);
        }
        String title = "%s %s - %s (%s)".formatted(id.brand(), id.model(), id.noun(), color);
        return product(asin, m, id, identifiers(p.gtin14(), own), title, color, null, 1, null, true);
    }

    Product parent(long family, Marketplace m, String asin, List<String> childAsins) {
        Identity id = identity(StableHash.of(seed, FAMILY, family));
        Draw d = new Draw(StableHash.of(seed, ASIN, StableHash.of(asin)));
        String title = "%s %s %s".formatted(id.brand(), id.noun(), id.model());
        return new Product(asin, m, Product.VARIATION_PARENT, List.of(), id.brand(), id.manufacturer(), title,
                id.model(), null, null, null, id.category(), null, images(asin, d.between(1, 4)), null,
                List.copyOf(childAsins));
    }

    private Product product(String asin, Marketplace m, Identity id, List<Identifier> identifiers, String title,
                            String color, String size, int quantity, String parentAsin, boolean duplicate) {
        // a duplicate listing is the neglected one: a single extra picture and a worse sales rank
        int pictures = duplicate ? 1 : new Draw(StableHash.of(seed, ASIN, StableHash.of(asin))).between(1, 4);
        return new Product(asin, m, Product.BASE_PRODUCT, identifiers, id.brand(), id.manufacturer(), title,
                id.model(), color, size, quantity, id.category(), rank(asin, m, duplicate ? 6.0 : 1.0),
                images(asin, pictures), parentAsin, List.of());
    }

    private Identity identity(CodeProfile p) {
        return p.kind() == CodeProfile.Kind.VARIATION_CHILD
                ? identity(StableHash.of(seed, FAMILY, p.family()))
                : identity(StableHash.of(seed, IDENTITY, p.body()));
    }

    private static Identity identity(long key) {
        Draw d = new Draw(key);
        String brand = d.pick(Vocabulary.BRANDS);
        String manufacturer = brand + d.pick(Vocabulary.COMPANY_SUFFIXES);
        Category category = d.pick(Category.ALL);
        String noun = d.pick(category.nouns());
        String prefix = brand.replaceAll("[^A-Za-z]", "").substring(0, 2).toUpperCase(Locale.ROOT);
        String model = prefix + (char) ('A' + d.nextInt(26)) + "-" + d.between(100, 9999);
        return new Identity(brand, manufacturer, category, noun, model);
    }

    /** The forms stored on the ASIN: EAN-13, UPC-12 (only for GTIN-14 "00…"), GTIN-14; sometimes two or three. */
    private static List<Identifier> identifiers(String gtin14, Draw d) {
        Identifier ean = new Identifier("EAN", gtin14.substring(1));
        Identifier gtin = new Identifier("GTIN", gtin14);
        int r = d.nextInt(10);
        List<Identifier> forms;
        if (gtin14.startsWith("00")) {
            Identifier upc = new Identifier("UPC", gtin14.substring(2));
            forms = r < 3 ? List.of(upc) : r < 5 ? List.of(ean) : r < 7 ? List.of(ean, upc)
                    : r < 9 ? List.of(upc, gtin) : List.of(ean, gtin, upc);
        } else {
            forms = r < 6 ? List.of(ean) : r < 8 ? List.of(gtin) : List.of(ean, gtin);
        }
        return forms.stream().sorted(Comparator.comparing(Identifier::type)).toList();
    }

    private Rank rank(String asin, Marketplace m, double factor) {
        Draw d = new Draw(StableHash.of(seed, ASIN, StableHash.of(asin), m.ordinal()));
        long inNode = Math.round(Math.exp(StableHash.unit(d.next()) * Math.log(MAX_RANK)) * factor);
        int node = (int) Math.clamp(inNode, 1, MAX_RANK);
        return new Rank(node, node * d.between(3, 40));
    }

    /** MAIN and {@code pictures} PTxx variants, each at full size and with its long side at 500. */
    private List<Image> images(String asin, int pictures) {
        List<Image> images = new ArrayList<>();
        for (int i = 0; i <= pictures; i++) {
            String variant = i == 0 ? "MAIN" : "PT%02d".formatted(i);
            long key = StableHash.of(seed, ASIN, StableHash.of(asin), 100 + i);
            int[] size = ASPECTS[(int) Math.floorMod(key, (long) ASPECTS.length)];
            double scale = 500.0 / Math.max(size[0], size[1]);
            images.add(image(variant, ImageName.of(key, size[0], size[1])));
            images.add(image(variant, ImageName.of(key, (int) Math.round(size[0] * scale),
                    (int) Math.round(size[1] * scale))));
        }
        return images;
    }

    private Image image(String variant, ImageName name) {
        return new Image(variant, imageBaseUrl + "/images/I/" + name.fileName(), name.width(), name.height());
    }
}
