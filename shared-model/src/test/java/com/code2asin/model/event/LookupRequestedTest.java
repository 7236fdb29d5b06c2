package com.code2asin.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Marketplace;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A batch's marketplaces are read once, at the edge: by name on the wire, Marketplace values in the record. */
class LookupRequestedTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void marketplacesAreWrittenByTheirNames() throws Exception {
        LookupRequested batch = new LookupRequested(UUID.randomUUID(), 1, UUID.randomUUID(), "acme", Marketplace.FR,
                "sp-api", true, 0.85, false, 0, ImageMode.SKIP, List.of(), List.of(Marketplace.DE, Marketplace.UK),
                null);
        String written = json.writeValueAsString(batch);
        assertTrue(written.contains("\"marketplace\":\"FR\""), written);
        assertTrue(written.contains("\"fallback_marketplaces\":[\"DE\",\"UK\"]"), written);
        assertEquals(batch, json.readValue(written, LookupRequested.class));
    }

    @Test
    void anyFormOfAKnownMarketplaceIsReadAndAnUnknownOneMakesTheEventUnreadable() throws Exception {
        LookupRequested batch = json.readValue("{\"marketplace\": \"fr\", \"fallback_marketplaces\": [\"GB\", "
                + "\"A1PA6795UKMFR9\"]}", LookupRequested.class);
        assertEquals(Marketplace.FR, batch.marketplace());
        assertEquals(List.of(Marketplace.UK, Marketplace.DE), batch.fallbacks());

        JsonMappingException unknown = assertThrows(JsonMappingException.class,
                () -> json.readValue("{\"marketplace\": \"XX\"}", LookupRequested.class));
        assertTrue(unknown.getMessage().contains("unknown marketplace 'XX'; one of [FR, DE, IT, ES, UK, US]"),
                unknown.getMessage());
    }
}
