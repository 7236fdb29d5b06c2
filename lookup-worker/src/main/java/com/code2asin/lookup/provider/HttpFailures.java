package com.code2asin.lookup.provider;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * How a failed call to an Amazon API becomes a {@link ProviderException} with its category: the HTTP status when
 * the API answered (429 rate limit, 401/403 credentials, 400/404/413/415 the data), a body that is not the JSON the
 * API documents is {@code unknown} (Amazon's fault, not the network's), no answer at all (refused or lost connection,
 * connect or read timeout) is {@code network}.
 */
public final class HttpFailures {

    /** The OAuth2 error body of a token endpoint (docs/amazon.md, "SP-API: token exchange"). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OAuthError(@JsonProperty("error") String error,
                      @JsonProperty("error_description") String description) {
    }

    private HttpFailures() {
    }

    /**
     * @param api    the API's name for the item's error text ("SP-API", "Creators API")
     * @param detail the error code and message the API's error body gives, for the text (may be "")
     */
    public static ProviderException classify(String api, Throwable failure,
                                             Function<WebApplicationException, String> detail) {
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
            return new ProviderException(category, api + " answered HTTP " + status + detail.apply(web), failure,
                    RetryAfter.of(web.getResponse()));
        }
        if (has(failure, JacksonException.class)) {
            return new ProviderException(ErrorCategory.UNKNOWN, api + " answered a body that is not the JSON it "
                    + "documents: " + failure.getMessage(), failure);
        }
        // the REST client passes a read timeout on as Vert.x's TimeoutException, not as a ProcessingException
        if (has(failure, TimeoutException.class)) {
            return new ProviderException(ErrorCategory.NETWORK, api + " did not answer in time: "
                    + failure.getMessage(), failure);
        }
        if (has(failure, ProcessingException.class) || has(failure, IOException.class)) {
            return new ProviderException(ErrorCategory.NETWORK, api + " unreachable: " + failure.getMessage(), failure);
        }
        return new ProviderException(ErrorCategory.UNKNOWN, api + " call failed: " + failure.getMessage(), failure);
    }

    /**
     * A failed token request. 400, 401 and 403 are the endpoint refusing the credentials (OAuth2 {@code error}
     * {@code invalid_client}, {@code invalid_grant}, ...): {@code auth}, with what the error usually means. Anything
     * else reads as an API call's failure would.
     */
    public static ProviderException tokenEndpoint(String endpoint, Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 400 || status == 401 || status == 403) {
                OAuthError error = oauthError(web);
                String code = error == null || error.error() == null ? "" : " " + error.error();
                String description = error == null || error.description() == null ? "" : ": " + error.description();
                String meaning = error == null ? null : meaning(error.error());
                return new ProviderException(ErrorCategory.AUTH, endpoint + " refused the credentials (HTTP " + status
                        + code + description + (meaning == null ? "" : "; " + meaning) + ")", failure);
            }
        }
        return classify(endpoint, failure, web -> {
            OAuthError error = oauthError(web);
            return error == null || error.error() == null ? "" : ": " + error.error() + " - " + error.description();
        });
    }

    /** What an OAuth2 error of Login with Amazon or Cognito usually means, in an operator's words. */
    private static String meaning(String error) {
        return switch (String.valueOf(error)) {
            case "invalid_client" -> "the client id or secret is wrong, or the secret was rotated, or the credential "
                    + "belongs to another region's endpoint";
            case "invalid_grant" -> "the refresh token is wrong, or the seller revoked the app's authorisation";
            case "unauthorized_client" -> "the app is not allowed this kind of grant";
            case "invalid_scope" -> "the scope asked does not match the credential's version";
            case "access_denied" -> "the account owner denied the access";
            default -> null;
        };
    }

    private static OAuthError oauthError(WebApplicationException web) {
        try {
            return web.getResponse().readEntity(OAuthError.class);
        } catch (RuntimeException unreadable) {
            return null; // the status alone still says what happened
        }
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
