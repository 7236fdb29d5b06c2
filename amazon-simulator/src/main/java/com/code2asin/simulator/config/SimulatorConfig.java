package com.code2asin.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the simulator; each key can be set by environment variable, e.g. SIMULATOR_SEED. */
@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** Seed of the generated catalog: the same seed gives the same products and ASINs. */
    @WithDefault("42")
    long seed();

    /** Login with Amazon credentials the token endpoint accepts. */
    Lwa lwa();

    /** Lifetime of an issued SP-API (LWA) access token, in seconds. */
    @WithDefault("3600")
    long tokenTtl();

    /** Base URL of the image links the catalog returns (this service as its clients reach it). */
    @WithDefault("http://127.0.0.1:8089")
    String imageBaseUrl();

    /** Legacy: SP-API requests per second (burst = rate rounded up) when quota.sp-api.rate is 0; 0 = unlimited. */
    @WithDefault("0")
    double rateLimit();

    /** Creators API credentials and token lifetime. */
    Creators creators();

    /** Usage plans per API, applied per credential. */
    Quotas quota();

    /** Fault injection on the catalog, search and pricing endpoints; all off by default. */
    Faults faults();

    /** How many ground-truth codes (from index 0) the keyword index of title-only listings covers. */
    @WithDefault("1000000")
    int keywordIndexSize();

    interface Lwa {

        /** The only LWA client id accepted. */
        @WithDefault("amzn1.application-oa2-client.code2asin-local")
        String clientId();

        /** The only LWA client secret accepted. */
        @WithDefault("local-secret")
        String clientSecret();

        /** The refresh token accepted (one seller authorisation). */
        @WithDefault("Atzr|code2asin-local")
        String refreshToken();

        /** More accepted refresh tokens (other sellers): each is its own credential for quotas and stats. */
        Optional<List<String>> extraRefreshTokens();
    }

    interface Creators {

        /** The Creators API credential id accepted. */
        @WithDefault("code2asin-local-creators")
        String clientId();

        /** Its secret. */
        @WithDefault("local-creators-secret")
        String clientSecret();

        /** More accepted credentials, id to secret: each is its own credential for quotas and stats. */
        Map<String, String> extraClients();

        /** Credential ids whose account is refused with 403 AssociateNotEligible (their tokens are still issued). */
        Optional<List<String>> ineligibleClients();

        /** Lifetime of an issued Creators API access token, in seconds. */
        @WithDefault("3600")
        long tokenTtl();
    }

    interface Quotas {

        /** SP-API Catalog Items (Amazon: 2 requests/s, burst 2, per seller and application). */
        @WithName("sp-api")
        Quota spApi();

        /**
         * SP-API Product Pricing getItemOffersBatch, metered apart from Catalog Items (Amazon: 0.1 requests/s, burst
         * 1, per seller and application, since July 2023; 0.5 before).
         */
        @WithName("sp-api-pricing")
        Quota spApiPricing();

        /** Creators API. */
        Quota creators();
    }

    /** A token bucket per credential: {@code rate} per second, {@code burst} size, {@code daily-cap} per UTC day. */
    interface Quota {

        /** Requests per second; 0 = unlimited. */
        @WithDefault("0")
        double rate();

        /** Bucket size; 0 = the rate rounded up. */
        @WithDefault("0")
        int burst();

        /** Requests per UTC day; 0 = no cap. */
        @WithDefault("0")
        long dailyCap();
    }

    interface Faults {

        /** Smallest added latency, in milliseconds. */
        @WithDefault("0")
        long latencyMsMin();

        /** Largest added latency, in milliseconds (uniform between min and max; the cap of a log-normal one). */
        @WithDefault("0")
        long latencyMsMax();

        /** Median of a log-normal added latency, in milliseconds; 0 = uniform between min and max. */
        @WithDefault("0")
        long latencyMsMedian();

        /** 99th percentile of the log-normal latency, in milliseconds (0 = 4 times the median). */
        @WithDefault("0")
        long latencyMsP99();

        /** Share of calls answered 500 or 503 with the API's error body. */
        @WithDefault("0")
        double errorRate();

        /** Share of calls whose connection is closed without an answer. */
        @WithDefault("0")
        double dropRate();

        /** Share of calls answered 200 with a truncated JSON body. */
        @WithDefault("0")
        double malformedRate();

        /** Also inject faults on the token endpoints. */
        @WithDefault("false")
        boolean tokenEndpoints();

        /** Above 0: every catalog, search and pricing call is answered 429 with a Retry-After of this many seconds. */
        @WithDefault("0")
        long throttleRetryAfterS();

        /** Above 0: each access token is refused once, at that use (1 = its first call), as a revoked one is. */
        @WithDefault("0")
        int refuseTokenAtUse();

        /** Above 0: the token endpoints answer nothing for that many seconds after start-up (requests are held). */
        @WithDefault("0")
        long tokenHangS();
    }
}
