package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's tenant and name, read from the bearer token: every query is scoped by the tenant. */
@RequestScoped
public class CurrentTenant {

    private final JsonWebToken token;
    private final JobApiConfig config;

    CurrentTenant(JsonWebToken token, JobApiConfig config) {
        this.token = token;
        this.config = config;
    }

    public String id() {
        Object tenant = token.getClaim(config.tenantClaim());
        if (tenant == null || tenant.toString().isBlank()) {
            throw new ForbiddenException("the token carries no '" + config.tenantClaim()
                    + "' claim: ask your administrator to assign your account to a tenant");
        }
        return tenant.toString();
    }

    public String user() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }
}
