package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.TestCodes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogTest {

    private static final String IMAGES = "http://images.test";
    private final Catalog catalog = new Catalog(42, IMAGES);
    private final List<String> codes = TestCodes.ean13(2024, 2000).stream().map(TestCodes::gtin14).toList();

    @Test
    void sameSeedGivesSameAnswersAndAnotherSeedOtherAsins() {
        Catalog again = new Catalog(42, IMAGES);
        Catalog other = new Catalog(7, IMAGES);
        for (String code : codes.subList(0, 300)) {
            assertEquals(catalog.find(code, Marketplace.DE), again.find(code, Marketplace.DE));
        }
        String code = codes.stream().filter(c -> !catalog.find(c, Marketplace.FR).isEmpty()
                && !other.find(c, Marketplace.FR).isEmpty()).findFirst().orElseThrow();
        assertNotEquals(catalog.find(code, Marketplace.FR).getFirst().asin(),
                other.find(code, Marketplace.FR).getFirst().asin());
    }

    @Test
    void aboutOneCodeInFiveIsNotOnAmazon() {
        long missing = codes.stream().filter(c -> catalog.find(c, Marketplace.FR).isEmpty()).count();
        double share = missing / (double) codes.size();
        assertTrue(share >= 0.15 && share <= 0.25, "share not found: " + share);
    }

    @Test
    void someCodesAreMissingFromOneMarketplaceOnly() {
        int all = Marketplace.values().length;
        assertTrue(codes.stream().anyMatch(c ->
                Arrays.stream(Marketplace.values()).filter(m -> !catalog.find(c, m).isEmpty()).count() == all - 1));
    }

    @Test
    void someCodesYieldTwoAsinsAmongThemMultipacks() {
        List<List<Product>> twoOrMore = codes.stream().map(c -> catalog.find(c, Marketplace.FR))
                .filter(found -> found.size() >= 2).toList();
        assertTrue(twoOrMore.size() >= codes.size() * 8 / 100, "codes with 2+ ASINs: " + twoOrMore.size());
        assertTrue(twoOrMore.stream().flatMap(List::stream).anyMatch(p -> p.packageQuantity() != null
                && p.packageQuantity() >= 2 && p.packageQuantity() <= 12
                && p.itemName().contains("Pack of " + p.packageQuantity())));
    }

    @Test
    void aVariationParentRollsUpWithItsChild() {
        List<Product> rolledUp = codes.stream().map(c -> catalog.find(c, Marketplace.FR))
                .filter(found -> found.stream().anyMatch(p -> Product.VARIATION_PARENT.equals(p.itemClassification())))
                .findFirst().orElseThrow();
        assertEquals(2, rolledUp.size());
        Product parent = rolledUp.stream().filter(p -> p.parentAsin() == null).findFirst().orElseThrow();
        Product child = rolledUp.stream().filter(p -> p.parentAsin() != null).findFirst().orElseThrow();
        assertEquals(Product.VARIATION_PARENT, parent.itemClassification());
        assertEquals(Product.BASE_PRODUCT, child.itemClassification());
        assertTrue(parent.identifiers().isEmpty());
        assertEquals(parent.asin(), child.parentAsin());
        assertTrue(parent.childAsins().contains(child.asin()));
        assertEquals(Optional.of(parent), catalog.byAsin(parent.asin(), Marketplace.FR));
    }

    @Test
    void everyFoundListingCarriesTheCodeAndIsFoundBackByAsin() {
        for (String code : codes.subList(0, 500)) {
            for (Product p : catalog.find(code, Marketplace.UK)) {
                assertTrue(p.asin().matches("B0[0-9A-Z]{8}"), p.asin());
                assertEquals(Optional.of(p), catalog.byAsin(p.asin(), Marketplace.UK));
                assertTrue(p.images().stream().allMatch(i -> i.link().startsWith(IMAGES + "/images/I/")));
                if (!Product.VARIATION_PARENT.equals(p.itemClassification())) {
                    assertFalse(p.identifiers().isEmpty());
                    p.identifiers().forEach(i -> assertEquals(code, TestCodes.gtin14(i.value())));
                }
            }
        }
    }

    @Test
    void rightAsinIsTheBaseListingThatTrulyCarriesTheCode() {
        for (String code : codes.subList(0, 500)) {
            List<Product> found = catalog.find(code, Marketplace.IT);
            Optional<String> right = catalog.rightAsin(code, Marketplace.IT);
            assertEquals(!found.isEmpty(), right.isPresent());
            right.ifPresent(asin -> {
                Product p = found.stream().filter(f -> f.asin().equals(asin)).findFirst().orElseThrow();
                assertEquals(Product.BASE_PRODUCT, p.itemClassification());
                assertEquals(1, p.packageQuantity());
            });
        }
    }

    @Test
    void unknownAsinsAndInvalidCodesFindNothing() {
        assertTrue(catalog.byAsin("B0ZZZZZZZZ", Marketplace.FR).isEmpty());
        assertTrue(catalog.byAsin("not-an-asin", Marketplace.FR).isEmpty());
        assertTrue(catalog.search(List.of("4006381333932", "abc", "12345"), false, Marketplace.FR).isEmpty());
    }
}
