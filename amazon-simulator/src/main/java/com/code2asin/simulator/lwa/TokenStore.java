package com.code2asin.simulator.lwa;

import com.code2asin.simulator.config.SimulatorConfig;
import com.code2asin.simulator.control.RevocableTokens;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Access tokens issued, with their expiry, owner (the credential quotas and stats count against) and uses; expired
 * ones are kept one more lifetime so they read as expired. A revoked token is kept too, so its calls still count
 * against its owner. The bean holds SP-API (LWA) tokens.
 */
@Singleton
public class TokenStore implements RevocableTokens {

    /** {@code REVOKED}: forgotten by Amazon before its expiry, or refused once by the refuse-token-at-use fault. */
    public enum Status { VALID, EXPIRED, REVOKED, UNKNOWN }

    private record Grant(Instant expiry, String owner, AtomicInteger uses, boolean revoked) {

        Grant revoke() {
            return new Grant(expiry, owner, uses, true);
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final String prefix;

    @Inject
    public TokenStore(SimulatorConfig config) {
        this(Clock.systemUTC(), Duration.ofSeconds(config.tokenTtl()), "Atza|");
    }

    TokenStore(Clock clock, Duration ttl) {
        this(clock, ttl, "Atza|");
    }

    public TokenStore(Clock clock, Duration ttl, String prefix) {
        this.clock = clock;
        this.ttl = ttl;
        this.prefix = prefix;
    }

    public Duration ttl() {
        return ttl;
    }

    public String issue() {
        return issue(null);
    }

    public String issue(String owner) {
        Instant now = clock.instant();
        grants.values().removeIf(grant -> grant.expiry().plus(ttl).isBefore(now));
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(token, new Grant(now.plus(ttl), owner, new AtomicInteger(), false));
        return token;
    }

    public Status check(String token) {
        Grant grant = token == null ? null : grants.get(token);
        if (grant == null) {
            return Status.UNKNOWN;
        }
        if (grant.revoked()) {
            return Status.REVOKED;
        }
        return clock.instant().isBefore(grant.expiry()) ? Status.VALID : Status.EXPIRED;
    }

    /**
     * A call presenting the token: counts the use of a valid token and checks it. {@code refuseAtUse} above 0 is a
     * fault: the token is refused once, at that use (1 = its first), as if Amazon no longer honoured it.
     */
    public Status present(String token, int refuseAtUse) {
        Status status = check(token);
        if (status == Status.VALID && grants.get(token).uses().incrementAndGet() == refuseAtUse) {
            return Status.REVOKED;
        }
        return status;
    }

    /** Forgets every token issued so far, as Amazon does when an app is re-authorised: each is refused from now on. */
    @Override
    public void revokeAll() {
        grants.replaceAll((token, grant) -> grant.revoke());
    }

    /** The credential a token was issued to, or null for an unknown token. */
    public String owner(String token) {
        Grant grant = token == null ? null : grants.get(token);
        return grant == null ? null : grant.owner();
    }
}
