package com.code2asin.lookup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

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

    /**
     * The longest a batch may take to be looked up, waits for Amazon's quota and Retry-After included; past it the
     * items not yet answered fail as {@code api_rate_limit}, which job-api retries later. The Kafka channel's
     * {@code throttled.unprocessed-record-max-age.ms} must cover it with the consumer's retries (checked at start-up).
     */
    @WithDefault("10m")
    Duration maxBatchWait();

    /**
     * Batches a replica looks up at once, acknowledged as each is done: job-api's {@code max-in-flight} (16) fits, so
     * a batch waiting for one tenant's quota never holds up another's. More only adds contention for the cores
     * (bench scale: 32 raised the other tenant's p95 from 88 to 135 ms for the same codes a second).
     */
    @WithDefault("16")
    int batchesInFlight();

    /**
     * How many more times the consumer tries a step of a batch (the dedupe check, the lookup, a publication, the
     * record) that failed in a way that passes by itself (PostgreSQL restarting or refusing connections, a connection
     * lost, a Kafka send timing out) before the batch goes to the dead-letter topic.
     */
    @WithDefault("5")
    int consumerRetries();

    /** The first pause before such a retry; it doubles at each one, up to 8 times this. */
    @WithDefault("1s")
    Duration consumerRetryDelay();

    /** Tenants' own Amazon authorisations (PUT /api/v1/amazon/config). */
    Accounts accounts();

    interface Accounts {
        /**
         * 32 bytes in Base64 that seal the tenants' refresh tokens in the database (AES-256-GCM), from a Kubernetes
         * secret ({@code LOOKUP_WORKER_ACCOUNTS_ENCRYPTION_KEY}). Without it, tenants cannot store an account.
         */
        Optional<String> encryptionKey();

        /**
         * Whether a tenant that stored no account of its own looks codes up with the platform's account (the
         * {@code sp-api.*} credentials); false: its lookups fail as {@code auth} until it stores one.
         */
        @WithDefault("true")
        boolean platformFallback();

        /** How long a replica trusts what it read of a tenant's account before reading it again. */
        @WithDefault("30s")
        Duration cacheTtl();
    }

    /** Per-tenant limit on the HTTP calls that may spend Amazon's quota: single lookups and connection tests. */
    SingleLookups singleLookups();

    interface SingleLookups {
        /** Calls per second a tenant may make once its burst is spent. */
        @WithDefault("1")
        double rate();

        /** Calls a tenant may make back to back. */
        @WithDefault("5")
        int burst();

        /** Tenants whose recent calls are remembered; beyond it the least recently seen are forgotten. */
        @WithDefault("10000")
        int maxTenants();

        /**
         * The least confidence a candidate needs to be the lookup's match (a job names its own, or takes job-api's
         * {@code default-confidence-threshold}).
         */
        @WithDefault("0.85")
        double confidenceThreshold();
    }

    interface Quotas {
        /** SP-API searchCatalogItems: 2 requests/s, burst 2 by default (docs/amazon.md, "SP-API: rate limits"). */
        @WithName("sp-api")
        Quota spApi();

        /**
         * SP-API Product Pricing getItemOffersBatch: 0.1 requests/s, burst 1 (Amazon lowered it from 0.5 in July
         * 2023), 20 ASINs a call: 2 ASINs priced a second. Set in application.properties.
         */
        @WithName("sp-api-pricing")
        Quota spApiPricing();

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

    /** SP-API credentials have no default: start-up refuses to go on without them ({@code StartupChecks}). */
    interface SpApi {
        /** LWA application client id ({@code LOOKUP_WORKER_SP_API_CLIENT_ID}). */
        Optional<String> clientId();

        /** LWA application client secret ({@code LOOKUP_WORKER_SP_API_CLIENT_SECRET}). */
        Optional<String> clientSecret();

        /** The seller's LWA refresh token, Atzr|... ({@code LOOKUP_WORKER_SP_API_REFRESH_TOKEN}). */
        Optional<String> refreshToken();

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
