package com.code2asin.support;

import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Refusals as {@code application/problem+json} (RFC 9457), written alike by every service that serves an API. */
public final class ProblemAnswers {

    public static final String PROBLEM = "application/problem+json";

    private ProblemAnswers() {
    }

    /** A problem with a detail a person can act on (the title when there is none). */
    public static Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM)
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail",
                        detail == null ? title : detail))
                .build();
    }

    /** No token, or one that is expired, forged or from another realm: the bearer challenge, with what to do. */
    public static Response unauthorized() {
        return Response.fromResponse(problem(401, "Unauthorized", "a valid bearer token of the code2asin realm is "
                        + "needed (none was sent, or it has expired or was not issued by the realm): get a new access "
                        + "token from the realm's token endpoint and send it as 'Authorization: Bearer <token>'"))
                .header("WWW-Authenticate", "Bearer realm=\"code2asin\"").build();
    }
}
