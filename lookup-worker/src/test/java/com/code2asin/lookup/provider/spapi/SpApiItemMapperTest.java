package com.code2asin.lookup.provider.spapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.model.Marketplace;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Maps Amazon's own static sandbox item of searchCatalogItems (docs/amazon.md, "SP-API: static sandbox item"). */
class SpApiItemMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static CatalogSearchResults.Item sandboxItem() throws Exception {
        try (InputStream in = SpApiItemMapperTest.class.getResourceAsStream("/sp-api/search-sandbox-item.json")) {
            return JSON.readValue(in, CatalogSearchResults.class).items().get(0);
        }
    }

    @Test
    void everyIdentifierFormBecomesTheSameGtin14() throws Exception {
        CatalogProduct p = SpApiItemMapper.toProduct(sandboxItem(), Marketplace.US);
        assertEquals(Set.of("00887276302195"), p.gtin14s());
        assertEquals("B07N4M94X4", p.asin());
    }

    @Test
    void summaryRankParentAndLargestImagePerVariantAreRead() throws Exception {
        CatalogProduct p = SpApiItemMapper.toProduct(sandboxItem(), Marketplace.US);
        assertEquals("SAMSUNG", p.brand());
        assertEquals("Samsung", p.manufacturer());
        assertEquals("QLED TVs", p.category());
        assertEquals(113, p.salesRank());
        assertEquals("B08J7TQ9FL", p.parentAsin());
        assertFalse(p.variationParent());
        assertEquals(List.of("https://m.media-amazon.com/images/I/91uohwV+k3L.jpg",
                "https://m.media-amazon.com/images/I/51b1d6MCPcL.jpg",
                "https://m.media-amazon.com/images/I/pt09.jpg"), p.images());
        assertNull(p.price(), "Catalog Items carries no price");
    }

    @Test
    void anotherMarketplacesDatasetsAreNotMixedIn() throws Exception {
        CatalogProduct p = SpApiItemMapper.toProduct(sandboxItem(), Marketplace.FR);
        assertEquals(Set.of(), p.gtin14s());
        assertNull(p.title());
        assertEquals(List.of(), p.images());
    }
}
