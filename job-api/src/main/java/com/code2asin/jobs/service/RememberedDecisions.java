package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.ReviewRule;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import java.util.List;

/**
 * Applies a tenant's remembered decisions to a fresh lookup answer: an ASIN always accepted for the code is chosen
 * when Amazon returns it; an ASIN never accepted is not chosen, leaving the others to a person.
 */
final class RememberedDecisions {

    /** The answer as the item keeps it. */
    record Outcome(ItemStatus status, Candidate chosen, MatchType matchType, Double confidence) {
    }

    private RememberedDecisions() {
    }

    static Outcome apply(ItemResult r, Candidate chosen, List<ReviewRule> rules) {
        Outcome asAnswered = new Outcome(r.status(), chosen, r.matchType(), r.confidence());
        if (rules.isEmpty() || r.candidates() == null || r.candidates().isEmpty()) {
            return asAnswered;
        }
        for (ReviewRule rule : rules) {
            if (ReviewRule.ALWAYS.equals(rule.decision)) {
                Candidate accepted = find(r.candidates(), rule.asin);
                if (accepted != null) {
                    return new Outcome(ItemStatus.MATCHED, accepted, MatchType.MANUAL, 1.0);
                }
            }
        }
        List<String> never = rules.stream().filter(rule -> ReviewRule.NEVER.equals(rule.decision))
                .map(rule -> rule.asin).toList();
        if (chosen == null || !never.contains(chosen.asin())) {
            return asAnswered;
        }
        boolean othersLeft = r.candidates().stream().anyMatch(c -> !never.contains(c.asin()));
        return new Outcome(othersLeft ? ItemStatus.AMBIGUOUS : ItemStatus.UNMATCHED, null, null, null);
    }

    private static Candidate find(List<Candidate> candidates, String asin) {
        return candidates.stream().filter(c -> c.asin().equals(asin)).findFirst().orElse(null);
    }
}
