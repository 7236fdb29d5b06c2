package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.domain.ReviewRule;
import com.code2asin.jobs.repository.ReviewRuleRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The tenant's remembered review decisions, as the tenant lists and forgets them. */
@ApplicationScoped
public class ReviewRules {

    private final ReviewRuleRepository rules;

    ReviewRules(ReviewRuleRepository rules) {
        this.rules = rules;
    }

    /** Newest first. */
    @WithSession
    public Uni<Listed<ReviewRule>> page(String tenant, int offset, int limit) {
        return rules.page(tenant, offset, limit).flatMap(list -> rules.count(tenant)
                .map(total -> new Listed<>(list, total)));
    }

    /** Later jobs decide the pair by themselves again; another tenant's rule is as absent as a missing one. */
    @WithTransaction
    public Uni<Void> forget(UUID ruleId, String tenant) {
        return rules.deleteOwned(ruleId, tenant).invoke(found -> {
            if (!found) {
                throw new NotFoundException("review rule " + ruleId + " not found");
            }
        }).replaceWithVoid();
    }
}
