package com.code2asin.simulator.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Title words of the listings only a keyword search finds (title-only listings) among the first ground-truth codes.
 * Built once, on the first keyword search. Each word lists the listings whose title holds it, so a search reads the
 * listings of its rarest word, not every listing: a lookup-worker's name searches cost the simulator little, as
 * Amazon's do the suite (a scan of every title took half of the 2-core machine in {@code bench scale lookup}).
 */
final class KeywordIndex {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private record Entry(long body, Set<String> words) {
    }

    private final List<Entry> entries;
    /** For each word, the positions in {@code entries} of the titles that hold it, ascending. */
    private final Map<String, int[]> postings;

    KeywordIndex(CodeSequence codes, int size, LongFunction<CodeProfile> profileOf, LongFunction<String> titleOf) {
        this(titleOnly(codes, size, profileOf), titleOf);
    }

    /** The titles of these listings, in this order. */
    KeywordIndex(List<Long> bodies, LongFunction<String> titleOf) {
        this.entries = bodies.stream().map(body -> new Entry(body, words(titleOf.apply(body)))).toList();
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String word : entries.get(i).words()) {
                lists.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        this.postings = new HashMap<>();
        lists.forEach((word, list) -> postings.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static List<Long> titleOnly(CodeSequence codes, int size, LongFunction<CodeProfile> profileOf) {
        List<Long> bodies = new ArrayList<>();
        for (long i = 0; i < size; i++) {
            long body = codes.body(i);
            CodeProfile p = profileOf.apply(body);
            if (p != null && p.kind() == CodeProfile.Kind.TITLE_ONLY) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    /** Bodies whose title holds every word of {@code keywords}, in index order. */
    List<Long> search(String keywords, int max) {
        Set<String> wanted = words(keywords);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int[] rarest = null;
        for (String word : wanted) {
            int[] holding = postings.get(word);
            if (holding == null) {
                return List.of();
            }
            if (rarest == null || holding.length < rarest.length) {
                rarest = holding;
            }
        }
        List<Long> bodies = new ArrayList<>();
        for (int position : rarest) {
            Entry e = entries.get(position);
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
