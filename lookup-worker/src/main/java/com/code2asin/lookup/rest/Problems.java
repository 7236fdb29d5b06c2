package com.code2asin.lookup.rest;

import static com.code2asin.support.ProblemAnswers.problem;

import com.code2asin.support.ProblemAnswers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal as {@code application/problem+json} (RFC 9457) with a detail a person can act on. */
public class Problems {

    /** A 400 whose detail says what to change. */
    static BadRequestException badRequest(String detail) {
        return new BadRequestException(detail, problem(400, "Bad Request", detail));
    }

    /** A 404 whose detail says what was not found and what to try. */
    static WebApplicationException notFound(String detail) {
        return new WebApplicationException(detail, problem(404, "Not Found", detail));
    }

    /** A 429 whose {@code Retry-After} says in how many seconds to come back, and whose detail names the limit. */
    static WebApplicationException tooManyRequests(long retryAfterSeconds, String detail) {
        return new WebApplicationException(detail, Response.fromResponse(problem(429, "Too Many Requests", detail))
                .header("Retry-After", retryAfterSeconds).build());
    }

    /** A 403 whose detail says what the caller lacks. */
    static WebApplicationException forbidden(String detail) {
        return new WebApplicationException(detail, problem(403, "Forbidden", detail));
    }

    /** A 503: this deployment cannot do it until an operator changes its configuration, as the detail says. */
    static WebApplicationException unavailable(String detail) {
        return new WebApplicationException(detail, problem(503, "Service Unavailable", detail));
    }

    /** No token, or one that is expired, forged or from another realm: the challenge, with what to do. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return ProblemAnswers.unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "your token lacks the role this operation needs: READ_CODE2ASIN to look "
                + "codes up and read the configuration, WRITE_CODE2ASIN to test the connection or store the tenant's Amazon "
                + "account; ask your administrator");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (ProblemAnswers.PROBLEM.equals(String.valueOf(e.getResponse().getMediaType()))) {
            return e.getResponse(); // a problem already written
        }
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return ProblemAnswers.unexpected(e);
    }
}
