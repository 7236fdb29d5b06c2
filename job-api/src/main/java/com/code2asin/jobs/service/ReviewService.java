package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.LogLevel;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.domain.ReviewRule;
import com.code2asin.jobs.repository.ItemChangeRepository;
import com.code2asin.jobs.repository.JobItemRepository;
import com.code2asin.jobs.repository.JobRepository;
import com.code2asin.jobs.repository.JobTallyRepository;
import com.code2asin.jobs.repository.JobLogRepository;
import com.code2asin.jobs.repository.ReviewRuleRepository;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.AsinDecision;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person accepts a result's ASIN (or another candidate) or rejects it. The item becomes {@code manual}, with who
 * and when, and the decision is remembered for the tenant as a rule on the (code, ASIN) pair for later jobs. In the
 * same transaction the job's results are marked changed (exports asked for later are made from a new snapshot) and
 * the decision is queued on {@code code2asin.asin-decisions.v1} for other services.
 */
@ApplicationScoped
public class ReviewService {

    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {
    };
    /** Every ASIN: exactly 10 letters or digits (B0 and 8 more, or a book's ISBN-10). */
    private static final Pattern ASIN = Pattern.compile("[A-Z0-9]{10}");

    private final JobService jobs;
    private final JobItemRepository items;
    private final ReviewRuleRepository rules;
    private final JobLogRepository logs;
    private final ObjectMapper json;
    private final JobTallyRepository tallies;
    private final JobRepository jobRows;
    private final Outbox outbox;
    private final ItemChangeRepository itemChanges;

    ReviewService(JobService jobs, JobItemRepository items, ReviewRuleRepository rules, JobLogRepository logs,
                  ObjectMapper json, JobTallyRepository tallies, JobRepository jobRows, Outbox outbox,
                  ItemChangeRepository itemChanges) {
        this.itemChanges = itemChanges;
        this.tallies = tallies;
        this.jobRows = jobRows;
        this.outbox = outbox;
        this.jobs = jobs;
        this.items = items;
        this.rules = rules;
        this.logs = logs;
        this.json = json;
    }

    /** Accepts, and relays the decision's event once committed. */
    public Uni<JobItem> accept(UUID jobId, UUID itemId, String tenant, String user, String named) {
        return Panache.withTransaction(() -> acceptNow(jobId, itemId, tenant, user, named)).invoke(outbox::relaySoon);
    }

    /** Rejects, and relays the decision's event once committed. */
    public Uni<JobItem> reject(UUID jobId, UUID itemId, String tenant, String user, String named) {
        return Panache.withTransaction(() -> rejectNow(jobId, itemId, tenant, user, named)).invoke(outbox::relaySoon);
    }

    private Uni<JobItem> acceptNow(UUID jobId, UUID itemId, String tenant, String user, String named) {
        String asin = named == null ? null : checkAsin(normal(named));
        return reviewable(jobId, itemId, tenant).flatMap(item -> {
            List<Candidate> candidates = candidates(item);
            String wanted = asin != null ? asin : item.asin != null ? item.asin
                    : candidates.size() == 1 ? candidates.get(0).asin() : null;
            if (wanted == null) {
                throw new InvalidException("name the ASIN to accept ({\"asin\": \"...\"}), one of "
                        + candidates.stream().map(Candidate::asin).toList());
            }
            checkAsin(wanted);
            String previous = item.asin;
            Candidate chosen = candidates.stream().filter(c -> c.asin().equals(wanted)).findFirst().orElse(null);
            if (chosen == null && !wanted.equals(item.asin)) {
                throw new InvalidException("ASIN " + wanted + " is not among this item's candidates "
                        + candidates.stream().map(Candidate::asin).toList());
            }
            item.status = ItemStatus.MATCHED;
            item.matchType = MatchType.MANUAL;
            item.confidence = 1.0;
            item.asin = wanted;
            if (chosen != null) {
                item.title = chosen.title();
                item.amazonBrand = chosen.brand();
                PriceAlerts.price(item, chosen, json);
                item.salesRank = chosen.salesRank();
            }
            return decided(item, tenant, user, wanted, ReviewRule.ALWAYS, "accepted", previous,
                    previous == null || previous.equals(wanted) ? EventTypes.ASIN_ASSOCIATED : EventTypes.ASIN_CHANGED);
        });
    }

    private Uni<JobItem> rejectNow(UUID jobId, UUID itemId, String tenant, String user, String named) {
        String asin = named == null ? null : checkAsin(normal(named));
        return reviewable(jobId, itemId, tenant).flatMap(item -> {
            String rejected = asin != null ? asin : item.asin;
            if (rejected == null) {
                throw new InvalidException("this item has no ASIN chosen: name the one to reject ({\"asin\": \"...\"})");
            }
            checkAsin(rejected);
            boolean othersLeft = candidates(item).stream().anyMatch(c -> !c.asin().equals(rejected));
            String previous = item.asin;
            if (rejected.equals(item.asin)) {
                item.asin = null;
                item.title = null;
                item.amazonBrand = null;
                PriceAlerts.price(item, null, json);
                item.salesRank = null;
                item.confidence = null;
                item.status = othersLeft ? ItemStatus.AMBIGUOUS : ItemStatus.UNMATCHED;
            }
            item.matchType = MatchType.MANUAL;
            return decided(item, tenant, user, rejected, ReviewRule.NEVER, "rejected", previous,
                    EventTypes.ASIN_REJECTED);
        });
    }

    private Uni<JobItem> decided(JobItem item, String tenant, String user, String asin, String decision,
                                 String verb, String previous, String eventType) {
        item.reviewedBy = user;
        item.reviewedAt = Instant.now();
        item.updatedAt = item.reviewedAt;
        String reason = asin + " " + verb + " by " + user + " in review (remembered: " + decision + ")";
        AsinDecision event = new AsinDecision(item.jobId, item.id, tenant, item.productId, item.code, item.gtin14,
                asin, previous, item.asin, item.matchType, item.confidence, user, reason, item.reviewedAt);
        return rules.remember(tenant, item.gtin14, asin, decision, user)
                .call(() -> jobRows.resultsChanged(item.jobId, item.reviewedAt))
                .call(() -> outbox.add(Topics.ASIN_DECISIONS, eventType, item.id, item.jobId, tenant, event))
                .call(() -> itemChanges.add(List.of(ItemChanges.review(item, previous, user, reason,
                        item.reviewedAt))))
                .call(() -> logs.add(item.jobId, LogLevel.INFO, "row " + item.rowNumber + ": " + asin + " " + verb + " by "
                        + user + " for code " + item.code + " (remembered: " + decision + ")"))
                .replaceWith(item);
    }

    /** The item of this tenant's job, looked up already (not pending, not an invalid code). */
    private Uni<JobItem> reviewable(UUID jobId, UUID itemId, String tenant) {
        return jobs.get(jobId, tenant).call(() -> tallies.lock(jobId)).flatMap(job -> items.findById(itemId).map(item -> {
            if (item == null || !item.jobId.equals(jobId)) {
                throw NotFoundException.result(jobId, itemId);
            }
            if (item.status == ItemStatus.INVALID || item.status == ItemStatus.PENDING) {
                throw new ConflictException("result " + itemId + " is " + item.status.value()
                        + ": only a looked-up result can be accepted or rejected");
            }
            return item;
        }));
    }

    private List<Candidate> candidates(JobItem item) {
        try {
            return item.candidates == null ? List.of() : json.readValue(item.candidates, CANDIDATES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored candidates of item " + item.id + " are unreadable", e);
        }
    }

    private static String normal(String asin) {
        return asin.strip().toUpperCase(Locale.ROOT);
    }

    /** The ASIN, or a 400 saying what one looks like (a decision is remembered under it: it must be one). */
    private static String checkAsin(String asin) {
        if (!ASIN.matcher(asin).matches()) {
            throw new InvalidException("'" + (asin.length() <= 24 ? asin : asin.substring(0, 24) + "...")
                    + "' is not an ASIN: an ASIN is exactly 10 letters or digits (A-Z, 0-9), such as B00KWB94LS");
        }
        return asin;
    }
}
