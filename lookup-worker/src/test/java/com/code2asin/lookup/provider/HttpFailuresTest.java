package com.code2asin.lookup.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.lookup.domain.ProviderException;
import com.code2asin.model.event.ErrorCategory;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.impl.NoStackTraceTimeoutException;
import jakarta.ws.rs.ProcessingException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Failures without an answer from Amazon, as the Quarkus REST client reports them. */
class HttpFailuresTest {

    private static ProviderException classify(Throwable failure) {
        return HttpFailures.classify("SP-API", failure, web -> "");
    }

    @Test
    void aReadTimeoutIsANetworkFailure() {
        // what the REST client passes on, unwrapped, when read-timeout passes without an answer
        ProviderException e = classify(new NoStackTraceTimeoutException("The timeout period of 1000ms has been "
                + "exceeded while executing GET /catalog/2022-04-01/items for server 127.0.0.1:8089"));
        assertEquals(ErrorCategory.NETWORK, e.category());
        assertTrue(e.getMessage().startsWith("SP-API did not answer in time"), e.getMessage());
    }

    @Test
    void aTimedOutTokenRequestIsANetworkFailure() {
        ProviderException e = HttpFailures.tokenEndpoint("Login with Amazon", new CompletionException(
                new NoStackTraceTimeoutException("The timeout period of 15000ms has been exceeded")));
        assertEquals(ErrorCategory.NETWORK, e.category());
    }

    @Test
    void aConnectTimeoutIsANetworkFailure() {
        ProviderException e = classify(new ProcessingException(new ConnectTimeoutException(
                "connection timed out after 5000 ms: sellingpartnerapi-eu.amazon.com/52.95.0.1:443")));
        assertEquals(ErrorCategory.NETWORK, e.category());
    }

    @Test
    void somethingElseIsUnknown() {
        assertEquals(ErrorCategory.UNKNOWN, classify(new IllegalStateException("bug")).category());
    }
}
