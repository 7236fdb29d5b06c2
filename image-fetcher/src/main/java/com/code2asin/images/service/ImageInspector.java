package com.code2asin.images.service;

import com.code2asin.images.domain.ImageRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an image with ImageIO to prove it is one, to read its size and to know its type from its bytes: the
 * server's Content-Type is not taken at its word.
 */
public final class ImageInspector {

    /** Width and height in pixels, and the media type the bytes are (whatever the server said). */
    public record Dimensions(int width, int height, String contentType) {
    }

    /** The longest side taken: a product photo is a few thousand pixels; 100,000,000 x 1 is not a photo. */
    static final int MAX_SIDE = 20_000;

    /** Headers announcing more pixels than this are refused before decoding (decompression bombs). */
    static final long MAX_PIXELS = 100_000_000L;
    /** Decoding is subsampled to about this many pixels: every byte is still decoded, the raster stays small. */
    private static final long DECODED_PIXELS = 1_000_000L;

    private ImageInspector() {
    }

    public static Dimensions inspect(byte[] bytes) throws ImageRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageRejectedException("undecodable image: no ImageIO reader knows its format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new ImageRejectedException("image of " + width + "x" + height + " pixels refused (at most "
                            + MAX_SIDE + " a side and " + MAX_PIXELS + " in all)");
                }
                String type = contentType(reader.getFormatName());
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return new Dimensions(width, height, type);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException("undecodable image: " + e.getMessage());
        }
    }

    /** The media type of what the decoder found the bytes to be; only JPEG, PNG and WebP are product images. */
    private static String contentType(String format) throws ImageRejectedException {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "jpeg", "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            case "webp" -> "image/webp";
            default -> throw new ImageRejectedException("the bytes are a " + format + " image, not JPEG, PNG or WebP");
        };
    }
}
