package com.code2asin.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The image events name the product they store for product_key, and still read the events that said product_id. */
class ImageEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anImageRequestIsWrittenWithItsProductKeyAndReadFromEitherName() throws Exception {
        ImageRequested request = new ImageRequested(UUID.randomUUID(), UUID.randomUUID(), "acme", "id-4f2a",
                "B0TEST0001", List.of("https://m.media-amazon.com/images/I/a.jpg"), ImageMode.APPEND, 2);
        String written = JSON.writeValueAsString(request);
        assertTrue(written.contains("\"product_key\":\"id-4f2a\""), written);
        assertTrue(written.contains("\"mode\":\"append\""), written);
        assertFalse(written.contains("product_id"), written);
        assertEquals(request, JSON.readValue(written, ImageRequested.class));

        String before = written.replace("product_key", "product_id");
        assertEquals("id-4f2a", JSON.readValue(before, ImageRequested.class).productKey());
    }

    @Test
    void imagesStoredReadsTheOldNameToo() throws Exception {
        ImagesStored stored = JSON.readValue("""
                {"job_id":"%s","item_id":"%s","tenant":"acme","product_id":"03017620422003","stored":[],
                 "skipped":0,"failed":0}""".formatted(UUID.randomUUID(), UUID.randomUUID()), ImagesStored.class);
        assertEquals("03017620422003", stored.productKey());
        assertTrue(JSON.writeValueAsString(stored).contains("\"product_key\":\"03017620422003\""));
    }
}
