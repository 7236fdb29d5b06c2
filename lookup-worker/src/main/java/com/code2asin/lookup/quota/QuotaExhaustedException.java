package com.code2asin.lookup.quota;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;

/** The account's daily cap is used up: waiting seconds will not help, so it is not retried here but by job-api. */
public class QuotaExhaustedException extends ProviderException {

    public QuotaExhaustedException(long dailyCap) {
        super(ErrorCategory.API_RATE_LIMIT, "the account's daily quota of " + dailyCap + " calls is used up", null);
    }
}
