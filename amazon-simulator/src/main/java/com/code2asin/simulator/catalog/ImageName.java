package com.code2asin.simulator.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An image file name, {@code <key>_<width>x<height>.jpg}: the key seeds the picture, the size is its size. */
public record ImageName(String key, int width, int height) {

    public static final int MAX_SIDE = 2000;
    private static final Pattern NAME = Pattern.compile("([0-9A-Za-z]{6,16})_([1-9][0-9]{0,3})x([1-9][0-9]{0,3})\\.jpg");
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static Optional<ImageName> parse(String fileName) {
        Matcher m = fileName == null ? null : NAME.matcher(fileName);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int width = Integer.parseInt(m.group(2));
        int height = Integer.parseInt(m.group(3));
        if (width > MAX_SIDE || height > MAX_SIDE) {
            return Optional.empty();
        }
        return Optional.of(new ImageName(m.group(1), width, height));
    }

    /** A name whose key is 11 base-62 characters of {@code hash}, like Amazon's image ids. */
    public static ImageName of(long hash, int width, int height) {
        StringBuilder key = new StringBuilder();
        long rest = hash;
        for (int i = 0; i < 11; i++) {
            key.append(BASE62.charAt((int) Long.remainderUnsigned(rest, 62)));
            rest = Long.divideUnsigned(rest, 62);
        }
        return new ImageName(key.toString(), width, height);
    }

    public String fileName() {
        return key + "_" + width + "x" + height + ".jpg";
    }
}
