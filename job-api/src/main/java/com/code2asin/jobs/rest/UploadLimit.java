package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.TooLargeException;
import com.code2asin.support.ProblemAnswers;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request body over its limit before it is read, with a problem that says the limit: an upload announced
 * larger than {@code max-upload-bytes} (413), a JSON body larger than {@code max-json-bytes} (413) or without a
 * Content-Length (411: JSON is parsed whole, so its size must be known first). An upload sent in chunks without a
 * Content-Length is stored to disk as it comes and cut by the HTTP layer's {@code max-body-size} (a 413 problem from
 * {@link ProblemMapper}); under that cap, {@link JobIntake} measures the file once received. A body that is not the
 * multipart it claims to be (no closing boundary, no boundary at all) fails in the HTTP layer's parser, before any
 * exception mapper: it is answered a 400 problem here too.
 */
@ApplicationScoped
public class UploadLimit {

    private final long uploadLimit;
    private final long jsonLimit;

    UploadLimit(JobApiConfig config) {
        this.uploadLimit = config.maxUploadBytes();
        this.jsonLimit = config.maxJsonBytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::unreadable);
    }

    private void unreadable(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        String type = ctx.request().getHeader("Content-Type");
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (!multipart || ctx.response().headWritten()) {
            ctx.next();
        } else if (failure instanceof jakarta.ws.rs.WebApplicationException cut
                && cut.getResponse().getStatus() == 413) {
            refuse(ctx, 413, "Content Too Large", overTheCap(uploadLimit)); // the parser's cut, not a server error
        } else if (failure instanceof java.io.IOException) {
            refuse(ctx, 400, "Bad Request", "the body is not valid " + type + " (" + failure.getMessage()
                    + "): send the file as a form field named 'file' of a multipart/form-data request");
        } else {
            ctx.next();
        }
    }

    /** The answer to a body the HTTP layer cut at its cap (sent in chunks, so refused only when it got there). */
    static String overTheCap(long uploadLimit) {
        return "the request body is over the most this service reads (" + megabytes(uploadLimit) + " MB for an "
                + "upload): split the file into several jobs";
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.method() != HttpMethod.POST) {
            ctx.next();
            return;
        }
        ctx.addEndHandler(answered -> drainTheRest(request));
        String type = request.getHeader("Content-Type");
        boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        String length = request.getHeader("Content-Length");
        if (json && length == null) {
            refuse(ctx, 411, "Length Required", "a JSON request needs its Content-Length (JSON bodies up to "
                    + megabytes(jsonLimit) + " MB are taken): send it in one piece, or send large lists of codes as a "
                    + "file");
        } else if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > (json ? jsonLimit
                : uploadLimit)) {
            String detail = json ? "the JSON body is " + megabytes(Long.parseLong(length)) + " MB; JSON bodies up to "
                    + megabytes(jsonLimit) + " MB are taken: send large lists of codes as a file"
                    : TooLargeException.upload(null, Long.parseLong(length), uploadLimit).getMessage();
            refuse(ctx, 413, "Content Too Large", detail);
        } else {
            ctx.next();
        }
    }

    /**
     * A body still coming when its request was answered (refused by the multipart parser's cut at the body limit,
     * say) is read and dropped: left paused, it blocked a client that writes its whole body before reading the
     * answer (Java's HttpClient does) until the client gave up.
     */
    private static void drainTheRest(HttpServerRequest request) {
        if (!request.isEnded()) {
            request.handler(ignored -> { });
            request.resume();
        }
    }

    /** Answers a problem; the body is drained, not stored, so a client that writes it all before reading gets it. */
    private static void refuse(RoutingContext ctx, int status, String title, String detail) {
        drainTheRest(ctx.request());
        ctx.response().setStatusCode(status).putHeader("Content-Type", ProblemAnswers.PROBLEM)
                .end(new JsonObject(ProblemAnswers.body(status, title, detail)).encode());
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }
}
