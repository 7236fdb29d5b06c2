package com.code2asin.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code2asin.model.Marketplace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marketplaces in their columns: the names, as rows written before the type hold them. */
class MarketplacesColumnTest {

    private final MarketplacesColumn column = new MarketplacesColumn();

    @Test
    void theMarketplacesAreTheirNamesInOrder() {
        List<Marketplace> fallbacks = List.of(Marketplace.DE, Marketplace.IT, Marketplace.UK);
        assertEquals("DE,IT,UK", column.convertToDatabaseColumn(fallbacks));
        assertEquals(fallbacks, column.convertToEntityAttribute("DE,IT,UK"));
    }

    @Test
    void noneIsNull() {
        assertNull(column.convertToDatabaseColumn(List.of()));
        assertNull(column.convertToDatabaseColumn(null));
        assertEquals(List.of(), column.convertToEntityAttribute(null));
    }

    /** An item's marketplace: its name, read as events read one; a form no marketplace answers to reads as none. */
    @Test
    void anItemsMarketplaceIsItsNameAndAnUnknownOneReadsAsNone() {
        MarketplaceColumn one = new MarketplaceColumn();
        assertEquals("UK", one.convertToDatabaseColumn(Marketplace.UK));
        assertNull(one.convertToDatabaseColumn(null));
        assertEquals(Marketplace.UK, one.convertToEntityAttribute("UK"));
        assertEquals(Marketplace.UK, one.convertToEntityAttribute("gb"), "as a forged answer once stored it");
        assertEquals(Marketplace.FR, one.convertToEntityAttribute("A13V1IB3VIYZZH"));
        assertNull(one.convertToEntityAttribute("XX"));
        assertNull(one.convertToEntityAttribute(null));
    }
}
