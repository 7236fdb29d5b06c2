package com.code2asin.lookup.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two product titles are, 0..1: the Dice coefficient of their word sets, after case, accents and
 * punctuation are set aside ("Pâte à tartiner 400g" and "pate a tartiner 400 g" share most words).
 */
final class TitleSimilarity {

    private TitleSimilarity() {
    }

    static double of(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        long shared = left.stream().filter(right::contains).count();
        return 2.0 * shared / (left.size() + right.size());
    }

    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> w.length() > 1).collect(Collectors.toSet());
    }
}
