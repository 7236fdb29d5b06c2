package com.code2asin.support;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Refusals as {@code application/problem+json} (RFC 9457), written alike by every service that serves an API: the one
 * way a problem body is built ({@link #body}), whether it goes out through JAX-RS ({@link #problem}) or straight from
 * a Vert.x route.
 */
public final class ProblemAnswers {

    public static final String PROBLEM = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemAnswers.class);

    private ProblemAnswers() {
    }

    /** A problem's members, in the RFC's order: a detail a person can act on (the title when there is none). */
    public static Map<String, Object> body(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail == null ? title : detail);
        return body;
    }

    /** A problem with a detail a person can act on (the title when there is none). */
    public static Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM).entity(body(status, title, detail)).build();
    }

    /** No token, or one that is expired, forged or from another realm: the bearer challenge, with what to do. */
    public static Response unauthorized() {
        return Response.fromResponse(problem(401, "Unauthorized", "a valid bearer token of the code2asin realm is "
                        + "needed (none was sent, or it has expired or was not issued by the realm): get a new access "
                        + "token from the realm's token endpoint and send it as 'Authorization: Bearer <token>'"))
                .header("WWW-Authenticate", "Bearer realm=\"code2asin\"").build();
    }

    /** An error no mapper expected: logged once, with its stack trace, and answered a plain 500 that leaks nothing. */
    public static Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return problem(500, "Internal Server Error", "an unexpected error occurred; it has been logged");
    }
}
