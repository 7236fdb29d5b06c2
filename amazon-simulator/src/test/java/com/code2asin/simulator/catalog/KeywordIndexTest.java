package com.code2asin.simulator.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The index finds exactly what reading every title would, in the same order, up to the same count. */
class KeywordIndexTest {

    private static final Map<Long, String> TITLES = Map.of(
            1L, "Stabilo Boss Original highlighter, yellow", 2L, "Stabilo point 88 fineliner, 10 colours",
            3L, "Boss yellow mug", 4L, "Nutella 400 g", 5L, "Stabilo Boss Original highlighter, pink");

    private final KeywordIndex index = new KeywordIndex(List.of(1L, 2L, 3L, 4L, 5L), TITLES::get);

    @Test
    void findsEveryTitleHoldingEveryWordInIndexOrder() {
        for (String keywords : List.of("stabilo", "Boss yellow", "highlighter original", "nutella 400", "pen",
                "STABILO, boss!", "yellow stabilo pink", "")) {
            for (int max : List.of(1, 2, 10)) {
                assertEquals(scan(keywords, max), index.search(keywords, max), keywords + " / " + max);
            }
        }
        assertFalse(index.search("boss", 10).isEmpty());
    }

    /** What a search is: every title, in order, that holds every word. */
    private static List<Long> scan(String keywords, int max) {
        Set<String> wanted = KeywordIndex.words(keywords);
        List<Long> found = new ArrayList<>();
        for (long body = 1; body <= TITLES.size() && !wanted.isEmpty() && found.size() < max; body++) {
            if (KeywordIndex.words(TITLES.get(body)).containsAll(wanted)) {
                found.add(body);
            }
        }
        return found;
    }
}
