package com.code2asin.simulator.spapi;

import com.code2asin.simulator.control.Api;
import com.code2asin.simulator.control.Settings;
import com.code2asin.simulator.lwa.TokenStore;
import com.code2asin.simulator.quota.QuotaBook;
import com.code2asin.simulator.quota.Throttle;
import com.code2asin.simulator.stats.Stats;
import jakarta.inject.Singleton;

/**
 * What every SP-API operation checks before its parameters, as Amazon does: the LWA access token (403 when expired,
 * revoked or unknown), then the usage plan of the token's owner for that API (429 QuotaExceeded).
 */
@Singleton
public class SpApiAdmission {

    private final TokenStore tokens;
    private final QuotaBook quotas;
    private final Stats stats;
    private final Settings settings;

    public SpApiAdmission(TokenStore tokens, QuotaBook quotas, Stats stats, Settings settings) {
        this.tokens = tokens;
        this.quotas = quotas;
        this.stats = stats;
        this.settings = settings;
    }

    /** Admits a call to {@code api} (an SP-API operation) and returns the credential it counts against. */
    public String admit(Api api, String accessToken) {
        if (!api.sellingPartner()) {
            throw new IllegalArgumentException(api.key() + " is not an SP-API operation");
        }
        switch (tokens.present(accessToken, settings.faults().refuseTokenAtUse())) {
            case VALID -> {
            }
            case EXPIRED -> throw SpApiException.accessDenied("The access token you provided has expired.");
            case REVOKED, UNKNOWN -> {
                stats.tokenRefused();
                throw SpApiException.accessDenied("The access token you provided is revoked, malformed or invalid.");
            }
        }
        String credential = tokens.owner(accessToken);
        if (quotas.acquire(api, credential) != Throttle.Verdict.ADMITTED) {
            stats.throttled(api, credential);
            throw SpApiException.quotaExceeded();
        }
        return credential;
    }
}
