package com.code2asin.jobs.service;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.model.EventTypes;
import com.code2asin.model.SellerPrice;
import com.code2asin.model.Topics;
import com.code2asin.model.event.Candidate;
import com.code2asin.model.event.PriceAlert;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Amazon's price against the seller's own (the upload's price column, as sellers write it), and the {@code price.alert}
 * of each answered item whose difference passes {@code job-api.price-alert-threshold-percent}. A seller's price
 * written in another currency than Amazon's is not compared.
 */
@ApplicationScoped
public class PriceAlerts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<String, String> SIGNS = Map.of("€", "EUR", "EUR", "EUR", "£", "GBP", "GBP", "GBP",
            "$", "USD", "USD", "USD");

    private final Outbox outbox;
    private final BigDecimal threshold;

    PriceAlerts(Outbox outbox, JobApiConfig config) {
        this.outbox = outbox;
        this.threshold = config.priceAlertThresholdPercent();
    }

    /**
     * The item takes the chosen candidate's price: amount, currency, the offer behind it (as JSON) and its difference
     * from the seller's own; all null when nothing is chosen.
     */
    static void price(JobItem item, Candidate chosen, ObjectMapper json) {
        item.price = chosen == null ? null : chosen.price();
        item.currency = chosen == null ? null : chosen.currency();
        item.offer = chosen == null || chosen.offer() == null ? null : json.valueToTree(chosen.offer()).toString();
        item.priceDifferencePercent = chosen == null ? null
                : difference(item.supplierPrice, chosen.price(), chosen.currency());
    }

    /** In percent of the seller's price, positive when Amazon is dearer; null when they cannot be compared. */
    public static BigDecimal difference(String sellerPrice, BigDecimal amazonPrice, String amazonCurrency) {
        BigDecimal seller = SellerPrice.parse(sellerPrice);
        if (seller == null || amazonPrice == null || !sameCurrency(sellerPrice, amazonCurrency)) {
            return null;
        }
        return amazonPrice.subtract(seller).multiply(HUNDRED).divide(seller, 2, RoundingMode.HALF_UP);
    }

    public boolean alerting(BigDecimal difference) {
        return difference != null && difference.abs().compareTo(threshold) > 0;
    }

    /** Queues one {@code price.alert} per item whose difference passes the threshold, with the job's other events. */
    public Uni<Void> raise(Job job, List<JobItem> answered) {
        Instant now = Instant.now();
        Uni<Void> queued = Uni.createFrom().voidItem();
        for (JobItem i : answered) { // one after the other: the session runs one statement at a time
            if (alerting(i.priceDifferencePercent)) {
                PriceAlert alert = new PriceAlert(job.id, i.id, job.tenant, i.productId, i.code, i.asin,
                        i.marketplace, SellerPrice.parse(i.supplierPrice), i.price, i.currency,
                        i.priceDifferencePercent, threshold, now);
                queued = queued.call(() -> outbox.add(Topics.PRICE_ALERTS, EventTypes.PRICE_ALERT, i.id, job, alert));
            }
        }
        return queued;
    }

    /** A currency the seller wrote (sign or code) must be Amazon's; none written is taken as Amazon's. */
    private static boolean sameCurrency(String sellerPrice, String amazonCurrency) {
        String upper = sellerPrice.toUpperCase(Locale.ROOT);
        return SIGNS.entrySet().stream().filter(e -> upper.contains(e.getKey()))
                .allMatch(e -> e.getValue().equals(amazonCurrency));
    }
}
