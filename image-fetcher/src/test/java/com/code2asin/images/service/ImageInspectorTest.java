package com.code2asin.images.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.images.domain.ImageRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageInspectorTest {

    @Test
    void readsSizeOfJpegAndPng() throws Exception {
        assertEquals(new ImageInspector.Dimensions(64, 48), ImageInspector.inspect(TestImages.jpeg(64, 48, 1)));
        assertEquals(new ImageInspector.Dimensions(3, 5), ImageInspector.inspect(TestImages.png(3, 5)));
    }

    @Test
    void rejectsBytesThatAreNotAnImage() {
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImageInspector.inspect("<html>not found</html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("undecodable image"), e.getMessage());
    }

    @Test
    void rejectsTruncatedPng() throws Exception {
        byte[] png = TestImages.png(40, 40);
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThrows(ImageRejectedException.class, () -> ImageInspector.inspect(truncated));
    }

    @Test
    void hashIsLowerCaseHexSha256() {
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                ImageFetcher.sha256("test".getBytes(StandardCharsets.UTF_8)));
    }
}
