package com.code2asin.simulator.images;

import com.code2asin.simulator.catalog.ImageName;
import com.code2asin.simulator.catalog.StableHash;
import jakarta.inject.Singleton;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Draws a product-shot-like JPEG whose colours and shapes follow from the image key; keeps recent ones. */
@Singleton
public class ImageRenderer {

    private static final int CACHE_ENTRIES = 64;

    private final Map<ImageName, byte[]> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_ENTRIES, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ImageName, byte[]> eldest) {
                    return size() > CACHE_ENTRIES;
                }
            });

    public byte[] jpeg(ImageName name) {
        byte[] bytes = cache.get(name);
        if (bytes == null) {
            bytes = encode(draw(name));
            cache.put(name, bytes);
        }
        return bytes;
    }

    private static BufferedImage draw(ImageName name) {
        int w = name.width();
        int h = name.height();
        long hash = StableHash.of(name.key());
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, Color.WHITE, 0, h, colour(hash, 1, 0.12f, 0.97f)));
            g.fillRect(0, 0, w, h);
            Color body = colour(hash, 2, 0.65f, 0.75f);
            int bw = (int) (w * (0.35 + 0.3 * unit(hash, 3)));
            int bh = (int) (h * (0.45 + 0.3 * unit(hash, 4)));
            int x = (w - bw) / 2;
            int y = (h - bh) / 2;
            int arc = (int) (Math.min(bw, bh) * 0.4 * unit(hash, 5));
            g.setColor(body.darker());
            g.fillRoundRect(x + bw / 30, y + bh / 30, bw, bh, arc, arc);
            g.setColor(body);
            g.fillRoundRect(x, y, bw, bh, arc, arc);
            g.setColor(colour(hash, 6, 0.5f, 0.95f));
            g.fillOval(x + bw / 5, y + bh / 5, bw * 3 / 5, bh / 3);
            g.setColor(colour(hash, 7, 0.8f, 0.45f));
            int stripes = 1 + (int) (unit(hash, 8) * 4);
            for (int i = 0; i < stripes; i++) {
                g.fillRect(x + bw / 8, y + bh * (12 + 2 * i) / 20, bw * 3 / 4, Math.max(1, bh / 40));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Color colour(long hash, int salt, float saturation, float brightness) {
        return Color.getHSBColor((float) unit(hash, salt), saturation, brightness);
    }

    private static double unit(long hash, int salt) {
        return StableHash.unit(StableHash.mix(hash + salt));
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
