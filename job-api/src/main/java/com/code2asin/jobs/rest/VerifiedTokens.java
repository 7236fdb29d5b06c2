package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of the bearer tokens OIDC has checked, kept until the token expires and at most
 * {@code job-api.verified-tokens.max-age}: checking a token's signature and rebuilding its claims on every request
 * was the largest cost of a page of results, and a client sends the same token for minutes.
 * <p>
 * As an identity provider ahead of OIDC's, it answers the tokens it keeps and passes every other one on to OIDC; its
 * {@link Keeper}, the last augmentor, keeps what OIDC accepted. A token is kept under its whole text, so a token that
 * differs by one character is checked on its own, and it is never answered past its {@code exp}. job-api has one
 * OIDC tenant (one realm), so a token accepted once is accepted on every path. What belongs to one request (its
 * routing context) is not kept: each answer carries its own request's.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final Cache<String, Kept> kept;
    private final InstantSource clock;

    @Inject
    VerifiedTokens(JobApiConfig config) {
        this(config.verifiedTokens().maxSize(), config.verifiedTokens().maxAge(), Ticker.systemTicker(),
                InstantSource.system());
    }

    VerifiedTokens(int maxSize, Duration maxAge, Ticker ticker, InstantSource clock) {
        this.clock = clock;
        this.kept = Caffeine.newBuilder().maximumSize(maxSize).ticker(ticker).executor(Runnable::run)
                .expireAfter(Expiry.<String, Kept>creating((token, entry) -> {
                    Duration left = Duration.between(clock.instant(), entry.expires());
                    return left.compareTo(maxAge) < 0 ? left : maxAge;
                })).build();
    }

    /** Ahead of OIDC's provider (the default priority), so a kept token is not checked again. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        Kept entry = kept.getIfPresent(request.getToken().getToken());
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            return Uni.createFrom().nullItem();
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Uni.createFrom().item(forRequest(entry.identity(), routing,
                routing == null ? null : routing.get(REQUEST_CONTEXT)));
    }

    /** Keeps the identity OIDC made of a token until the token expires (or max-age passes). */
    void keep(SecurityIdentity identity) {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        if (token != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                && kept.getIfPresent(token.getToken()) == null) {
            Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
            if (clock.instant().isBefore(expires)) {
                kept.put(token.getToken(), new Kept(forRequest(identity, null, null), expires));
            }
        }
    }

    private static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext routing,
                                               Object requestContext) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routing)
                .addAttribute(REQUEST_CONTEXT, requestContext)
                .build();
    }

    private record Kept(SecurityIdentity identity, Instant expires) {
    }

    /** The last augmentor, so what is kept is the identity as the endpoints see it. */
    @ApplicationScoped
    public static class Keeper implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Keeper(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.keep(identity);
            return Uni.createFrom().item(identity);
        }
    }
}
