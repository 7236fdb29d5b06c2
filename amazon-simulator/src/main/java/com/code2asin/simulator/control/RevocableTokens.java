package com.code2asin.simulator.control;

/**
 * The access tokens one API has issued, as the {@code forget-tokens} action of PUT /sim/config sees them: each token
 * store implements it, so {@link Settings} can revoke them all without knowing the APIs.
 */
public interface RevocableTokens {

    /** Forgets every token issued so far: each is refused from now on. */
    void revokeAll();
}
