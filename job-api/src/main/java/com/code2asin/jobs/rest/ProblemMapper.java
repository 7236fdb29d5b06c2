package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.domain.TooLargeException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as application/problem+json (RFC 9457) with a message a person can act on; no stack traces. */
public class ProblemMapper {

    static final String PROBLEM = "application/problem+json";

    private final long uploadLimit;

    ProblemMapper(JobApiConfig config) {
        this.uploadLimit = config.maxUploadBytes();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return problem(404, "Not Found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return problem(409, "Conflict", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidException e) {
        return problem(400, "Bad Request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e) {
        return problem(413, "Content Too Large", e.getMessage());
    }

    /** No token, or one that is expired, forged or from another realm (authentication is lazy: it reaches here). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(problem(401, "Unauthorized", "a valid bearer token of the code2asin realm is "
                        + "needed (none was sent, or it has expired or was not issued by the realm): get a new access "
                        + "token from the realm's token endpoint and send it as 'Authorization: Bearer <token>'"))
                .header("WWW-Authenticate", "Bearer realm=\"code2asin\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "your token lacks the role this operation needs: READ_CODE2ASIN to read, "
                + "WRITE_CODE2ASIN to create and act on jobs, DELETE_CODE2ASIN to delete; ask your administrator");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(),
                status == 413 ? UploadLimit.overTheCap(uploadLimit) : e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("unexpected error", e);
        return problem(500, "Internal Server Error", "an unexpected error occurred; it has been logged");
    }

    static Response problem(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM)
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail",
                        detail == null ? title : detail))
                .build();
    }
}
