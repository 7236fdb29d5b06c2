package com.code2asin.simulator.spapi.pricing;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.spapi.SpApiException;
import com.code2asin.simulator.spapi.pricing.PricingRequests.ItemOffers;
import com.code2asin.simulator.spapi.pricing.PricingRequests.ItemOffersBatch;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Checks a getItemOffersBatch body; one bad request refuses the whole call with 400 InvalidInput, as Amazon does. */
final class PricingParams {

    /** Amazon's limit of requests in one getItemOffersBatch call. */
    static final int MAX_REQUESTS = 20;
    private static final Pattern URI = Pattern.compile("/products/pricing/v0/items/([0-9A-Z]{10})/offers");
    private static final List<String> CONDITIONS = List.of("New", "Used", "Collectible", "Refurbished", "Club");
    private static final Set<String> CUSTOMER_TYPES = Set.of("Consumer", "Business");

    /** One checked request: the offers of {@code asin} on a marketplace, in one condition. */
    record Query(String asin, Marketplace marketplace, String itemCondition, String customerType) {
    }

    private PricingParams() {
    }

    static List<Query> queries(ItemOffersBatch batch) {
        List<ItemOffers> requests = batch == null || batch.requests() == null ? List.of() : batch.requests();
        if (requests.isEmpty()) {
            throw SpApiException.invalidInput("Missing required 'requests': between 1 and " + MAX_REQUESTS
                    + " requests are expected");
        }
        if (requests.size() > MAX_REQUESTS) {
            throw SpApiException.invalidInput("'requests' accepts at most " + MAX_REQUESTS + " requests, got "
                    + requests.size());
        }
        return IntStream.range(0, requests.size()).mapToObj(i -> query(requests.get(i), "requests[" + i + "]"))
                .toList();
    }

    private static Query query(ItemOffers r, String where) {
        if (r == null) {
            throw SpApiException.invalidInput("Missing request in " + where);
        }
        if (!"GET".equals(r.method())) {
            throw SpApiException.invalidInput("Invalid method '" + r.method() + "' in " + where
                    + "; getItemOffersBatch accepts GET only");
        }
        Matcher uri = URI.matcher(r.uri() == null ? "" : r.uri());
        if (!uri.matches()) {
            throw SpApiException.invalidInput("Invalid uri '" + r.uri() + "' in " + where
                    + "; expected /products/pricing/v0/items/{Asin}/offers");
        }
        Marketplace marketplace = Arrays.stream(Marketplace.values())
                .filter(m -> m.marketplaceId().equals(r.marketplaceId()))
                .findFirst()
                .orElseThrow(() -> SpApiException.invalidInput("Invalid MarketplaceId '" + r.marketplaceId()
                        + "' in " + where));
        if (!CONDITIONS.contains(r.itemCondition())) {
            throw SpApiException.invalidInput("Invalid ItemCondition '" + r.itemCondition() + "' in " + where
                    + "; expected one of " + String.join(", ", CONDITIONS));
        }
        if (r.customerType() != null && !CUSTOMER_TYPES.contains(r.customerType())) {
            throw SpApiException.invalidInput("Invalid CustomerType '" + r.customerType() + "' in " + where
                    + "; expected Consumer or Business");
        }
        return new Query(uri.group(1), marketplace, r.itemCondition(), r.customerType());
    }
}
