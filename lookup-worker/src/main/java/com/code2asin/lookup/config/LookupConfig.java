package com.code2asin.lookup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** lookup-worker settings; credentials come from the environment (Kubernetes secrets) and are never logged. */
@ConfigMapping(prefix = "lookup-worker")
public interface LookupConfig {

    SpApi spApi();

    /** Amazon's request quota per provider account, shared by every replica through the {@code lookup} schema. */
    Quotas quota();

    /** How long looked-up catalog data is reused instead of asking Amazon again. */
    Cache cache();

    /**
     * Whether an item with a name whose code found nothing is searched again by that name (one more call, within
     * the quota); what it finds can only be a fuzzy candidate, confirmed by a person.
     */
    @WithDefault("true")
    boolean titleSearch();

    interface Quotas {
        /** SP-API searchCatalogItems: 2 requests/s, burst 2 by default (SP-API.md 3.2). */
        @WithName("sp-api")
        Quota spApi();

        /** Creators API: 1 request/s and 8,640 a day for a new associate account. */
        Quota creators();
    }

    interface Quota {
        /** Calls per second the account may make. */
        @WithDefault("2")
        double rate();

        /**
         * Calls that may go out back to back. Kept at 1 by default: Amazon's bucket has a burst of 2, and the spare
         * token absorbs network jitter, so calls spaced at exactly the rate are never throttled.
         */
        @WithDefault("1")
        int burst();

        /** Calls per UTC day; 0 = no daily cap. */
        @WithDefault("0")
        long dailyCap();

        /** How many times a throttled call (429) is retried after backing off before its items fail. */
        @WithDefault("8")
        int throttleRetries();
    }

    interface Cache {
        /** Identity data (ASIN, title, brand, identifiers, images) of a found product. */
        @WithDefault("21d")
        Duration identityTtl();

        /** Price and offer data; an entry holding a price is looked up again once this has passed. */
        @WithDefault("6h")
        Duration offerTtl();

        /** A code Amazon did not know: asked again after this, as it may have been listed since. */
        @WithDefault("2d")
        Duration notFoundTtl();
    }

    interface SpApi {
        /** LWA application client id. */
        @WithDefault("amzn1.application-oa2-client.code2asin-local")
        String clientId();

        /** LWA application client secret. */
        @WithDefault("local-secret")
        String clientSecret();

        /** The seller's LWA refresh token (Atzr|...). */
        @WithDefault("Atzr|code2asin-local")
        String refreshToken();

        /** Datasets asked of searchCatalogItems; identifiers are needed to map ASINs back to codes. */
        @WithDefault("identifiers,summaries,images,salesRanks,relationships")
        String includedData();

        /** How long before expiry an access token is refreshed. */
        @WithDefault("60s")
        Duration refreshBefore();

        /** How many times a throttled (429), 5xx or network-failed call is retried before the items fail. */
        @WithDefault("3")
        int retries();
    }
}
