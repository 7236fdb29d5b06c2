package com.code2asin.simulator.lwa;

/**
 * A client-credentials grant LWA issues for another API (the Creators API, credential versions 3.x): the API that owns
 * the credentials implements it, so {@link TokenResource} can hand it the requests that name its scope.
 */
public interface ClientCredentialsGrant {

    /** The scope a client-credentials request names to get this grant. */
    String scope();

    /** Checks the credentials and issues a token, or refuses with an {@link LwaException}. */
    TokenResponse exchange(TokenRequest request);
}
