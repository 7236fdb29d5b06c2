package com.code2asin.lookup.provider;

import java.util.ArrayList;
import java.util.List;

/** A list cut into consecutive pieces of at most {@code size}, in order: the items of each API call. */
public final class Chunks {

    private Chunks() {
    }

    public static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }
}
