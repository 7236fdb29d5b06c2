package com.code2asin.images.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Generated images for tests. */
public final class TestImages {

    private TestImages() {
    }

    /** A noisy JPEG; different seeds give different bytes. */
    public static byte[] jpeg(int width, int height, long seed) throws IOException {
        return encode(noise(width, height, seed), "jpg");
    }

    public static byte[] png(int width, int height) throws IOException {
        return encode(noise(width, height, 7), "png");
    }

    private static BufferedImage noise(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }
}
