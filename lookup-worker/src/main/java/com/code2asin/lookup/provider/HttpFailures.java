package com.code2asin.lookup.provider;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import com.fasterxml.jackson.core.JacksonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.function.Function;

/**
 * How a failed call to an Amazon API becomes a {@link ProviderException} with its category: the HTTP status when
 * the API answered (429 rate limit, 401/403 credentials, 400/404/413/415 the data), a body that is not the JSON the
 * API documents is {@code unknown} (Amazon's fault, not the network's), no answer at all is {@code network}.
 */
public final class HttpFailures {

    private HttpFailures() {
    }

    /**
     * @param api        the API's name for the item's error text ("SP-API", "Creators API")
     * @param detail     the error code and message the API's error body gives, for the text (may be "")
     * @param authFailed called when the credentials were refused, so the cached token is dropped
     */
    public static ProviderException classify(String api, Throwable failure,
                                             Function<WebApplicationException, String> detail, Runnable authFailed) {
        if (failure instanceof ProviderException p) {
            return p;
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            ErrorCategory category = switch (status) {
                case 429 -> ErrorCategory.API_RATE_LIMIT;
                case 401, 403 -> ErrorCategory.AUTH;
                case 400, 404, 413, 415 -> ErrorCategory.INVALID_DATA;
                default -> ErrorCategory.UNKNOWN;
            };
            if (category == ErrorCategory.AUTH) {
                authFailed.run();
            }
            return new ProviderException(category, api + " answered HTTP " + status + detail.apply(web), failure,
                    RetryAfter.of(web.getResponse()));
        }
        if (unreadableBody(failure)) {
            return new ProviderException(ErrorCategory.UNKNOWN, api + " answered a body that is not the JSON it "
                    + "documents: " + failure.getMessage(), failure);
        }
        if (failure instanceof ProcessingException || failure instanceof IOException
                || failure.getCause() instanceof IOException) {
            return new ProviderException(ErrorCategory.NETWORK, api + " unreachable: " + failure.getMessage(), failure);
        }
        return new ProviderException(ErrorCategory.UNKNOWN, api + " call failed: " + failure.getMessage(), failure);
    }

    private static boolean unreadableBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JacksonException) {
                return true;
            }
        }
        return false;
    }
}
