package com.code2asin.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code2asin.model.Marketplace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A job's fallback marketplaces in their column: the names as rows written before the type hold them. */
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
}
