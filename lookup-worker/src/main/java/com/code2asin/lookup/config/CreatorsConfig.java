package com.code2asin.lookup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon Creators API account of the worker. Credentials come from the environment
 * ({@code LOOKUP_WORKER_CREATORS_CLIENT_ID}, {@code ..._CLIENT_SECRET}) and are never logged; they have no default
 * (start-up refuses to go on without them), the amazon-simulator's are set for %dev and %test only. The token and API
 * hosts are the {@code creators-auth} and {@code creators-api} REST clients' URLs.
 */
@ConfigMapping(prefix = "lookup-worker.creators")
public interface CreatorsConfig {

    /** Credential ID from Associates Central, the OAuth2 client id ({@code LOOKUP_WORKER_CREATORS_CLIENT_ID}). */
    Optional<String> clientId();

    /** Credential secret, the OAuth2 client secret ({@code LOOKUP_WORKER_CREATORS_CLIENT_SECRET}). */
    Optional<String> clientSecret();

    /**
     * Credential version shown beside the credential: 2.1/2.2/2.3 (Cognito) or 3.1/3.2/3.3 (Login with Amazon) for
     * NA/EU/FE. It selects the token request, the Authorization header form and the stores the credential may ask.
     */
    @WithDefault("3.2")
    String credentialVersion();

    /** Associates tracking id sent as {@code partnerTag}, for stores without an entry in {@code partner-tags}. */
    @WithDefault("code2asin-21")
    String partnerTag();

    /** Tracking id per store, keyed by marketplace (FR, DE, IT, ES, UK, US): Amazon wants the store's own tag. */
    Map<String, String> partnerTags();

    /**
     * {@code x-marketplace} value per marketplace, to override the store domains of {@code Marketplace}
     * (FR www.amazon.fr, DE www.amazon.de, IT www.amazon.it, ES www.amazon.es, UK www.amazon.co.uk,
     * US www.amazon.com).
     */
    Map<String, String> marketplaceHosts();

    /** Resources asked of searchItems; {@code itemInfo.externalIds} is what maps an ASIN back to its code. */
    @WithDefault("itemInfo.externalIds,itemInfo.title,itemInfo.byLineInfo,itemInfo.classifications,itemInfo.productInfo,"
            + "images.primary.large,images.variants.large,offersV2.listings.price,offersV2.listings.isBuyBoxWinner,"
            + "browseNodeInfo.browseNodes,browseNodeInfo.websiteSalesRank,parentASIN")
    List<String> resources();

    /** Items asked per code search (1-10; every client caps at 10). */
    @WithDefault("10")
    int itemCount();

    /** How long before expiry an access token is refreshed. */
    @WithDefault("60s")
    Duration refreshBefore();

    /** How many times a 5xx or network-failed call is retried before its code fails (429s: the quota's own count). */
    @WithDefault("3")
    int retries();

    /** Code searches in flight at once per batch (each code is one searchItems call). */
    @WithDefault("2")
    int maxConcurrency();
}
