package com.code2asin.simulator.auth;

import com.code2asin.simulator.config.SimulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens issued, with their expiry and owner (the credential quotas and stats count against); expired ones
 * are kept one more lifetime so they read as expired. The bean holds SP-API (LWA) tokens.
 */
@Singleton
public class TokenStore {

    public enum Status { VALID, EXPIRED, UNKNOWN }

    private record Grant(Instant expiry, String owner) {
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
        grants.put(token, new Grant(now.plus(ttl), owner));
        return token;
    }

    public Status check(String token) {
        Grant grant = token == null ? null : grants.get(token);
        if (grant == null) {
            return Status.UNKNOWN;
        }
        return clock.instant().isBefore(grant.expiry()) ? Status.VALID : Status.EXPIRED;
    }

    /** The credential a token was issued to, or null for an unknown token. */
    public String owner(String token) {
        Grant grant = token == null ? null : grants.get(token);
        return grant == null ? null : grant.owner();
    }
}
