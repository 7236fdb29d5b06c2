package com.code2asin.lookup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.MatchType;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private static final String CODE = "03017620422003";
    private static final LookupItem ITEM = new LookupItem(UUID.randomUUID(), "3017620422003", CODE, "EAN-13", null,
            null);

    private static CatalogProduct product(String asin, Set<String> gtins, boolean parent, String parentAsin, int qty) {
        return new CatalogProduct(asin, gtins, "title " + asin, "brand", "maker", "cat", parent, parentAsin, qty, 10,
                List.of("http://img/" + asin + ".jpg"), null);
    }

    @Test
    void oneProductCarryingTheCodeIsAnExactMatch() {
        ItemResult r = MatchScorer.score(ITEM, List.of(product("B000000001", Set.of(CODE), false, null, 1)), true,
                0.85, 5);
        assertEquals(ItemStatus.MATCHED, r.status());
        assertEquals("B000000001", r.chosen());
        assertEquals(MatchType.EXACT, r.matchType());
        assertEquals(1.0, r.confidence());
    }

    @Test
    void aParentNeverBeatsTheChildThatCarriesTheCode() {
        ItemResult r = MatchScorer.score(ITEM, List.of(
                product("B0PARENT01", Set.of(), true, null, 1),
                product("B0CHILD001", Set.of(CODE), false, "B0PARENT01", 1)), true, 0.85, 5);
        assertEquals("B0CHILD001", r.chosen());
        assertEquals(2, r.candidates().size());
        assertEquals(MatchType.PARTIAL, r.candidates().get(1).matchType());
    }

    @Test
    void aMultipackLosesToTheSingleItem() {
        ItemResult r = MatchScorer.score(ITEM, List.of(
                product("B0PACK0006", Set.of(CODE), false, null, 6),
                product("B0SINGLE01", Set.of(CODE), false, null, 1)), true, 0.85, 5);
        assertEquals("B0SINGLE01", r.chosen());
    }

    @Test
    void twoExactDuplicatesAreAmbiguous() {
        ItemResult r = MatchScorer.score(ITEM, List.of(
                product("B0DUP00001", Set.of(CODE), false, null, 1),
                product("B0DUP00002", Set.of(CODE), false, null, 1)), true, 0.85, 5);
        assertEquals(ItemStatus.AMBIGUOUS, r.status());
        assertNull(r.chosen());
        assertEquals(2, r.candidates().size());
    }

    @Test
    void onlyAMultipackFoundStaysBelowTheThreshold() {
        ItemResult r = MatchScorer.score(ITEM, List.of(product("B0PACK0006", Set.of(CODE), false, null, 6)), true,
                0.85, 5);
        assertEquals(ItemStatus.AMBIGUOUS, r.status());
    }

    @Test
    void withoutAutoMatchTheBestCandidateWaitsForReview() {
        ItemResult r = MatchScorer.score(ITEM, List.of(product("B000000001", Set.of(CODE), false, null, 1)), false,
                0.85, 5);
        assertEquals(ItemStatus.AMBIGUOUS, r.status());
    }

    @Test
    void productsOfOtherCodesInTheCallAreIgnored() {
        ItemResult r = MatchScorer.score(ITEM, List.of(product("B0OTHER001", Set.of("05449000000996"), false, null,
                1)), true, 0.85, 5);
        assertEquals(ItemStatus.UNMATCHED, r.status());
    }

    @Test
    void aProductWithoutIdentifiersIsAFuzzyCandidateByTitleAndWaitsForAPerson() {
        LookupItem named = new LookupItem(UUID.randomUUID(), "3017620422003", CODE, "EAN-13",
                "Nutella pâte à tartiner 400 g", "Ferrero");
        CatalogProduct lookalike = new CatalogProduct("B0TITLE001", Set.of(), "NUTELLA Pate a Tartiner - 400g",
                "Ferrero", null, null, false, null, 1, 5, List.of(), null);
        CatalogProduct unrelated = new CatalogProduct("B0OTHER001", Set.of(), "Garden hose 20 m", "Hozelock", null,
                null, false, null, 1, 5, List.of(), null);
        ItemResult r = MatchScorer.score(named, List.of(lookalike, unrelated), true, 0.85, 5);
        assertEquals(ItemStatus.AMBIGUOUS, r.status(), "a title resemblance is never auto-matched at 0.85");
        assertEquals(1, r.candidates().size(), "an unrelated title is no candidate");
        assertEquals(MatchType.FUZZY, r.candidates().get(0).matchType());
        double confidence = r.candidates().get(0).confidence();
        assertEquals(true, confidence > 0.5 && confidence <= MatchScorer.FUZZY_MAX, "confidence " + confidence);
    }

    @Test
    void anExactMatchBeatsAFuzzyOne() {
        LookupItem named = new LookupItem(UUID.randomUUID(), "3017620422003", CODE, "EAN-13", "title B000000001",
                "brand");
        ItemResult r = MatchScorer.score(named, List.of(
                new CatalogProduct("B0TITLE001", Set.of(), "title B000000001", "brand", null, null, false, null, 1, 1,
                        List.of(), null),
                product("B000000001", Set.of(CODE), false, null, 1)), true, 0.85, 5);
        assertEquals(ItemStatus.MATCHED, r.status());
        assertEquals("B000000001", r.chosen());
        assertEquals(List.of(MatchType.EXACT, MatchType.FUZZY), r.candidates().stream().map(c -> c.matchType()).toList());
    }

    @Test
    void titleSimilaritySetsCaseAccentsAndPunctuationAside() {
        assertEquals(1.0, TitleSimilarity.of("Pâte à tartiner, 400g!", "PATE A TARTINER 400G"));
        assertEquals(0.0, TitleSimilarity.of("Garden hose", "Pâte à tartiner"));
        assertEquals(0.0, TitleSimilarity.of(null, "x"));
    }
}
