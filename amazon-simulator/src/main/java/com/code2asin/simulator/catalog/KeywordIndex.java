package com.code2asin.simulator.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Title words of the listings only a keyword search finds (title-only listings) among the first ground-truth codes.
 * Built once, on the first keyword search.
 */
final class KeywordIndex {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Entry(long body, Set<String> words) {
    }

    private final List<Entry> entries;

    KeywordIndex(CodeSequence codes, int size, LongFunction<CodeProfile> profileOf, LongFunction<String> titleOf) {
        List<Entry> found = new ArrayList<>();
        for (long i = 0; i < size; i++) {
            long body = codes.body(i);
            CodeProfile p = profileOf.apply(body);
            if (p != null && p.kind() == CodeProfile.Kind.TITLE_ONLY) {
                found.add(new Entry(body, words(titleOf.apply(body))));
            }
        }
        this.entries = List.copyOf(found);
    }

    /** Bodies whose title holds every word of {@code keywords}, in index order. */
    List<Long> search(String keywords, int max) {
        Set<String> wanted = words(keywords);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Long> bodies = new ArrayList<>();
        for (Entry e : entries) {
            if (e.words().containsAll(wanted)) {
                bodies.add(e.body());
                if (bodies.size() >= max) {
                    break;
                }
            }
        }
        return bodies;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(SPLIT.split(text.toLowerCase(Locale.ROOT))));
        words.remove("");
        return words;
    }
}
