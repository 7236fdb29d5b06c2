package com.code2asin.lookup.provider.creators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.domain.CatalogProduct;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Maps searchItems answers shaped as docs/amazon.md describes them ("Creators API: response shapes"). */
class CreatorsItemMapperTest {

    private static final String EAN = "04006381333931";
    private static final String UPC = "00012345678905";

    private static CatalogProduct only(List<CatalogProduct> products, String asin) {
        return products.stream().filter(p -> p.asin().equals(asin)).findFirst().orElseThrow();
    }

    @Test
    void everyFieldOfAFullItemIsRead() {
        CatalogProduct p = only(CreatorsItemMapper.forCode(EAN, Fixtures.search("search-ean-hit.json")), "B0CHILD001");
        assertEquals(Set.of(EAN, UPC), p.gtin14s(), "EANs and UPCs as GTIN-14");
        assertEquals("STABILO point 88 Fineliner, 10er Etui", p.title());
        assertEquals("STABILO", p.brand());
        assertEquals("Schwan-STABILO", p.manufacturer());
        assertEquals("Fineliner", p.category(), "the leaf browse node");
        assertEquals(152, p.salesRank(), "the website sales rank");
        assertEquals("B0PARENT01", p.parentAsin());
        assertFalse(p.variationParent());
        assertEquals(1, p.packageQuantity());
    }

    @Test
    void priceAndCurrencyComeFromTheBuyBoxListingOfOffersV2() {
        CatalogProduct p = only(CreatorsItemMapper.forCode(EAN, Fixtures.search("search-ean-hit.json")), "B0CHILD001");
        assertEquals(new BigDecimal("8.49"), p.price());
        assertEquals("EUR", p.currency());
    }

    @Test
    void imagesArePrimaryFirstThenVariantsEachAtItsLargestSize() {
        CatalogProduct p = only(CreatorsItemMapper.forCode(EAN, Fixtures.search("search-ean-hit.json")), "B0CHILD001");
        assertEquals(List.of("https://m.media-amazon.com/images/I/main.jpg",
                "https://m.media-amazon.com/images/I/side.jpg",
                "https://m.media-amazon.com/images/I/back._SL160_.jpg"), p.images());
    }

    @Test
    void itemsWithoutTheCodeAreDroppedButTheParentOfAMatchingChildIsKeptAsParent() {
        List<CatalogProduct> products = CreatorsItemMapper.forCode(EAN, Fixtures.search("search-ean-hit.json"));
        assertEquals(List.of("B0CHILD001", "B0PARENT01"), products.stream().map(CatalogProduct::asin).toList());
        CatalogProduct parent = only(products, "B0PARENT01");
        assertTrue(parent.variationParent());
        assertEquals(Set.of(), parent.gtin14s());
        assertNull(parent.parentAsin());
    }

    @Test
    void theUpcFindsTheSameItem() {
        List<CatalogProduct> products = CreatorsItemMapper.forCode(UPC, Fixtures.search("search-ean-hit.json"));
        assertEquals("B0CHILD001", products.get(0).asin());
    }

    @Test
    void itemsWithoutExternalIdsStayWithoutIdentifiersSoTheyCanOnlyBeFuzzyCandidates() {
        List<CatalogProduct> products = CreatorsItemMapper.forCode("03012345678902",
                Fixtures.search("search-no-identifiers.json"));
        assertEquals(List.of("B0NOIDS001", "B0NOIDS002"), products.stream().map(CatalogProduct::asin).toList());
        products.forEach(p -> assertEquals(Set.of(), p.gtin14s()));
    }

    @Test
    void itemsCarryingOnlyAnotherCodeAreNotCandidatesOfThisOne() {
        List<String> asins = CreatorsItemMapper.forCode("04006381333948", Fixtures.search("search-ean-hit.json"))
                .stream().map(CatalogProduct::asin).toList();
        assertTrue(asins.contains("B0OTHER001"), asins::toString);
        assertFalse(asins.contains("B0CHILD001"), "the child carries another code: " + asins);
    }

    @Test
    void missingDataLeavesNullsAndListingsWithoutPriceAreSkipped() {
        CatalogProduct p = CreatorsItemMapper.forCode(EAN, Fixtures.search("search-minimal-item.json")).get(0);
        assertEquals("B0MINIMAL1", p.asin());
        assertEquals(Set.of(EAN), p.gtin14s(), "the invalid identifier is dropped");
        assertNull(p.title());
        assertNull(p.brand());
        assertNull(p.manufacturer());
        assertNull(p.category());
        assertNull(p.salesRank());
        assertNull(p.parentAsin());
        assertNull(p.price(), "a MAP-hidden listing and an empty price give no price");
        assertNull(p.currency());
        assertEquals(List.of(), p.images());
    }

    @Test
    void anIsbn10BecomesItsGtin14AndTheRankFallsBackToTheBrowseNode() {
        CatalogProduct p = CreatorsItemMapper.forCode("09780306406157", Fixtures.search("search-isbn.json")).get(0);
        assertEquals(Set.of("09780306406157"), p.gtin14s());
        assertEquals(42, p.salesRank());
        assertEquals("Book", p.category(), "no browse node display name: the product group");
    }

    @Test
    void noResultsIsAnEmptyList() {
        assertEquals(List.of(), CreatorsItemMapper.forCode(EAN, Fixtures.search("search-no-results.json")));
    }
}
