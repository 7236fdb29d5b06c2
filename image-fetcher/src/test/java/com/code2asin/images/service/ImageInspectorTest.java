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
        assertEquals(new ImageInspector.Dimensions(64, 48, "image/jpeg"),
                ImageInspector.inspect(TestImages.jpeg(64, 48, 1)));
        assertEquals(new ImageInspector.Dimensions(3, 5, "image/png"), ImageInspector.inspect(TestImages.png(3, 5)));
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
    void aStripOfAHundredMillionPixelsIsRefusedBeforeDecoding() throws Exception {
        // under the pixel count that refuses decompression bombs, and still no photo: one side too long
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImageInspector.inspect(withSize(TestImages.png(3, 5), 100_000_000, 1)));
        assertTrue(e.getMessage().contains("100000000x1 pixels refused"), e.getMessage());
    }

    @Test
    void theTypeComesFromTheBytesNotFromWhatTheServerSays() throws Exception {
        byte[] gif = encodeGif();
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> ImageInspector.inspect(gif));
        assertTrue(e.getMessage().contains("not JPEG, PNG or WebP"), e.getMessage());
    }

    /** A PNG whose header claims another size (its IHDR chunk rewritten, checksum included). */
    private static byte[] withSize(byte[] png, int width, int height) {
        byte[] b = png.clone();
        java.nio.ByteBuffer.wrap(b, 16, 8).putInt(width).putInt(height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 12, 17); // "IHDR" and its 13 bytes of data
        java.nio.ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        return b;
    }

    private static byte[] encodeGif() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "gif", out);
        return out.toByteArray();
    }

    @Test
    void hashIsLowerCaseHexSha256() {
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                ImageFetcher.sha256("test".getBytes(StandardCharsets.UTF_8)));
    }
}
