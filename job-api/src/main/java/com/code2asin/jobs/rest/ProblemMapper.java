package com.code2asin.jobs.rest;

import static com.code2asin.support.ProblemAnswers.problem;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.ConflictException;
import com.code2asin.jobs.domain.InvalidException;
import com.code2asin.jobs.domain.NotFoundException;
import com.code2asin.jobs.domain.TooLargeException;
import com.code2asin.support.ProblemAnswers;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error as application/problem+json (RFC 9457) with a message a person can act on; no stack traces. */
public class ProblemMapper {

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
        return ProblemAnswers.unauthorized();
    }

    /** Keycloak was away when the service started and still is: the token cannot be checked yet. */
    @ServerExceptionMapper
    public Response identityProviderAway(OIDCException e) {
        Log.warnf("a token could not be checked: %s", e.getMessage());
        return Response.fromResponse(problem(503, "Service Unavailable", "the identity provider (the code2asin realm) "
                        + "cannot be reached to check your token; try again in a minute"))
                .header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "Forbidden", "your token lacks the role this operation needs: READ_CODE2ASIN to read, "
                + "WRITE_CODE2ASIN to create and act on jobs, DELETE_CODE2ASIN to delete; ask your administrator");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = status == 413 ? UploadLimit.overTheCap(uploadLimit)
                : e.getCause() instanceof JsonProcessingException json ? unreadable(json)
                // a path id the framework could not convert (query numbers are read by the resources)
                : e instanceof jakarta.ws.rs.NotFoundException && e.getCause() instanceof IllegalArgumentException
                ? "nothing is found at this path: an id in it is not a UUID (ids look like "
                        + "550e8400-e29b-41d4-a716-446655440000)"
                : e.getMessage();
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), detail);
    }

    /** A JSON body of the wrong shape ({@code "items": "x"}) or with a property the operation does not know. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response wrongShape(MismatchedInputException e) {
        return problem(400, "Bad Request", unreadable(e));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response notJson(JsonParseException e) {
        return problem(400, "Bad Request", unreadable(e));
    }

    /** Where the body went wrong, without Jackson's wording (it names Java classes). */
    private static String unreadable(JsonProcessingException e) {
        return unreadable("the JSON body", e) + ": see the example of this operation in /q/openapi";
    }

    /**
     * Where a JSON text ({@code what}: the body, an options field) went wrong, without Jackson's wording: an unknown
     * property is named with the ones known there, a value of the wrong type with its property.
     */
    static String unreadable(String what, JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<JsonMappingException.Reference> path = unknown.getPath();
            String parent = path(path.subList(0, path.size() - 1));
            return what + " has an unknown property '" + unknown.getPropertyName() + "' "
                    + (parent.isEmpty() ? "at the top level" : "at " + parent) + where + "; known there: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException shape && !shape.getPath().isEmpty()) {
            return what + " has a value of the wrong type at '" + path(shape.getPath()) + "'" + where;
        }
        return what + " is not the JSON this operation takes" + where;
    }

    /** A JSON path as a caller writes it: {@code items[0].code}. */
    private static String path(List<JsonMappingException.Reference> path) {
        return path.stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return ProblemAnswers.unexpected(e);
    }
}
