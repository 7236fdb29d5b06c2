package com.code2asin.lookup.service;

import static org.junit.jupiter.api.Assertions.assertSame;

import com.code2asin.model.Marketplace;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which of two marketplaces' results an item keeps when the first found no product carrying its code. */
class FallbackMergeTest {

    private static final UUID ITEM = UUID.randomUUID();

    @Test
    void aProductCarryingTheCodeThereBeatsTitleOnlyCandidatesHere() {
        ItemResult fr = result(ItemStatus.AMBIGUOUS, Marketplace.FR, candidate(MatchType.FUZZY));
        ItemResult de = result(ItemStatus.MATCHED, Marketplace.DE, candidate(MatchType.EXACT));
        assertSame(de, LookupService.better(fr, de));
    }

    @Test
    void titleOnlyCandidatesHereStayWhenThereHasNothingBetter() {
        ItemResult fr = result(ItemStatus.AMBIGUOUS, Marketplace.FR, candidate(MatchType.FUZZY));
        assertSame(fr, LookupService.better(fr, result(ItemStatus.UNMATCHED, Marketplace.DE)));
        assertSame(fr, LookupService.better(fr,
                result(ItemStatus.AMBIGUOUS, Marketplace.DE, candidate(MatchType.FUZZY))));
    }

    @Test
    void nothingHereTakesWhateverThereFound() {
        ItemResult fr = result(ItemStatus.UNMATCHED, Marketplace.FR);
        ItemResult de = result(ItemStatus.AMBIGUOUS, Marketplace.DE, candidate(MatchType.FUZZY));
        assertSame(de, LookupService.better(fr, de));
    }

    @Test
    void aFailureThatMayPassIsRetriedOnlyWhenNothingWasFoundHere() {
        ItemResult network = failed(ErrorCategory.NETWORK);
        ItemResult nothing = result(ItemStatus.UNMATCHED, Marketplace.FR);
        ItemResult fuzzy = result(ItemStatus.AMBIGUOUS, Marketplace.FR, candidate(MatchType.FUZZY));
        assertSame(network, LookupService.better(nothing, network));
        assertSame(fuzzy, LookupService.better(fuzzy, network));
    }

    @Test
    void aRefusalThereNeverUndoesTheAnswerHere() {
        ItemResult nothing = result(ItemStatus.UNMATCHED, Marketplace.FR);
        assertSame(nothing, LookupService.better(nothing, failed(ErrorCategory.AUTH)));
        assertSame(nothing, LookupService.better(nothing, failed(ErrorCategory.INVALID_DATA)));
    }

    private static ItemResult result(ItemStatus status, Marketplace marketplace, Candidate... candidates) {
        return new ItemResult(ITEM, status, List.of(candidates), null, null, null, null, null, false, 1, marketplace);
    }

    private static ItemResult failed(ErrorCategory category) {
        return new ItemResult(ITEM, ItemStatus.FAILED, List.of(), null, null, null, category, "DE: " + category,
                false, 1, Marketplace.DE);
    }

    private static Candidate candidate(MatchType type) {
        return new Candidate("B0" + type.name().substring(0, 4) + "0001", "Nutella 400 g", "Ferrero", null, null,
                null, null, null, List.of(), null, 1, type, type == MatchType.FUZZY ? 0.7 : 1.0, null);
    }
}
