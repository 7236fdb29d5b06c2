package com.code2asin.jobs.rest;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.TooLargeException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses an upload announced larger than the limit before its body is read, with a 413 problem that says the
 * sizes. (An upload sent without Content-Length is measured once received, by {@link JobIntake}; the HTTP layer's
 * own {@code max-body-size} is only a hard cap far above.)
 */
@ApplicationScoped
public class UploadLimit {

    private final long limit;

    UploadLimit(JobApiConfig config) {
        this.limit = config.maxUploadBytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (ctx.request().method() == HttpMethod.POST && length != null && length.matches("\\d{1,18}")
                    && Long.parseLong(length) > limit) {
                String detail = TooLargeException.upload(null, Long.parseLong(length), limit).getMessage();
                // the body is drained, not stored: a client that writes it all before reading still gets the answer
                ctx.request().handler(ignored -> { });
                ctx.response().setStatusCode(413).putHeader("Content-Type", ProblemMapper.PROBLEM)
                        .end(new JsonObject().put("type", "about:blank").put("title", "Content Too Large")
                                .put("status", 413).put("detail", detail).encode());
                return;
            }
            ctx.next();
        });
    }
}
