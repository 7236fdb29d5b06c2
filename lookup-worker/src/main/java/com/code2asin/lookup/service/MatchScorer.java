package com.code2asin.lookup.service;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.LookupItem;
import com.code2asin.model.event.MatchType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks the products found for one code (docs/design.md, "Codes and matches"). A product whose identifiers hold the code is
 * {@code exact}; a multipack of it, or the variation parent of a child that carries it, is {@code partial} and
 * scores lower, so a parent never beats its child. A product with no identifiers at all (found by its title) is
 * {@code fuzzy} when its title resembles the item's name; it stays under the default threshold, so a person
 * confirms it. Candidates tied at the top make the item {@code ambiguous}.
 */
public final class MatchScorer {

    static final double EXACT = 1.0;
    static final double MULTIPACK = 0.6;
    static final double PARENT = 0.5;
    /** The most a title resemblance can score: below the default threshold of 0.85, never auto-matched by it. */
    static final double FUZZY_MAX = 0.8;
    /** Under this title similarity a product without identifiers is not a candidate at all. */
    static final double FUZZY_MIN_SIMILARITY = 0.5;

    private MatchScorer() {
    }

    public static ItemResult score(LookupItem item, List<CatalogProduct> found, boolean autoMatch, double threshold,
                                   long ms) {
        Set<String> childrenParents = found.stream()
                .filter(p -> p.gtin14s().contains(item.gtin14()) && p.parentAsin() != null)
                .map(CatalogProduct::parentAsin).collect(Collectors.toSet());
        List<Candidate> candidates = found.stream()
                .map(p -> candidate(item, p, childrenParents))
                .filter(c -> c != null)
                .sorted(Comparator.comparingDouble(Candidate::confidence).reversed()
                        .thenComparing(c -> c.salesRank() == null ? Integer.MAX_VALUE : c.salesRank()))
                .toList();
        if (candidates.isEmpty()) {
            return new ItemResult(item.itemId(), ItemStatus.UNMATCHED, List.of(), null, null, null, null, null,
                    false, ms, null);
        }
        Candidate best = candidates.get(0);
        boolean tied = candidates.size() > 1 && candidates.get(1).confidence() == best.confidence();
        boolean matched = autoMatch && !tied && best.confidence() >= threshold;
        return new ItemResult(item.itemId(), matched ? ItemStatus.MATCHED : ItemStatus.AMBIGUOUS, candidates,
                matched ? best.asin() : null, matched ? best.matchType() : null, best.confidence(), null, null,
                false, ms, null);
    }

    private static Candidate candidate(LookupItem item, CatalogProduct p, Set<String> parentsOfMatchingChildren) {
        boolean carriesCode = p.gtin14s().contains(item.gtin14());
        if (carriesCode) {
            return p.packageQuantity() > 1
                    ? toCandidate(p, MatchType.PARTIAL, MULTIPACK)
                    : toCandidate(p, MatchType.EXACT, EXACT);
        }
        if (p.variationParent() && parentsOfMatchingChildren.contains(p.asin())) {
            return toCandidate(p, MatchType.PARTIAL, PARENT);
        }
        if (p.gtin14s().isEmpty() && item.name() != null) {
            return fuzzy(item, p);
        }
        return null; // carries other codes only: not a candidate of this one
    }

    private static Candidate fuzzy(LookupItem item, CatalogProduct p) {
        double similarity = TitleSimilarity.of(item.name(), p.title());
        if (similarity < FUZZY_MIN_SIMILARITY) {
            return null;
        }
        boolean sameBrand = item.brand() != null && item.brand().equalsIgnoreCase(p.brand());
        double confidence = Math.min(FUZZY_MAX, 0.7 * similarity + (sameBrand ? 0.1 : 0));
        return toCandidate(p, MatchType.FUZZY, Math.round(confidence * 100) / 100.0);
    }

    private static Candidate toCandidate(CatalogProduct p, MatchType type, double confidence) {
        return new Candidate(p.asin(), p.title(), p.brand(), p.manufacturer(), p.price(), p.currency(), p.salesRank(),
                p.category(), p.images(), p.parentAsin(), p.packageQuantity(), type, confidence,
                p.offer() == null ? null : p.offer().summary());
    }
}
