package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.ReviewRule;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewRuleRepository implements PanacheRepositoryBase<ReviewRule, UUID> {

    /** The tenant's rules for these codes: one query per batch. */
    public Uni<List<ReviewRule>> forCodes(String tenant, Collection<String> gtin14s) {
        return gtin14s.isEmpty() ? Uni.createFrom().item(List.of())
                : list("tenant = ?1 and gtin14 in ?2", tenant, gtin14s);
    }

    /** Records the decision on the pair, replacing an earlier one. */
    public Uni<ReviewRule> remember(String tenant, String gtin14, String asin, String decision, String user) {
        return delete("tenant = ?1 and gtin14 = ?2 and asin = ?3", tenant, gtin14, asin).chain(() -> {
            ReviewRule rule = new ReviewRule();
            rule.id = UUID.randomUUID();
            rule.tenant = tenant;
            rule.gtin14 = gtin14;
            rule.asin = asin;
            rule.decision = decision;
            rule.createdBy = user;
            rule.createdAt = Instant.now();
            return persist(rule);
        });
    }

    public Uni<List<ReviewRule>> page(String tenant, int offset, int limit) {
        return find("tenant", Sort.descending("createdAt"), tenant).range(offset, offset + limit - 1).list();
    }

    public Uni<Long> count(String tenant) {
        return count("tenant", tenant);
    }

    /** True when the rule existed and was the tenant's. */
    public Uni<Boolean> deleteOwned(UUID id, String tenant) {
        return delete("id = ?1 and tenant = ?2", id, tenant).map(n -> n > 0);
    }
}
