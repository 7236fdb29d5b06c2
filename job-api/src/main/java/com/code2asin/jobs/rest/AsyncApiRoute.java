package com.code2asin.jobs.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The AsyncAPI document of the events on {@code /q/asyncapi}, beside {@code /q/openapi}: what the platform services
 * reading or writing the topics program against. It ships in shared-model with the records it describes.
 */
@ApplicationScoped
public class AsyncApiRoute {

    static final String DOCUMENT = "META-INF/code2asin-asyncapi.json";

    void register(@Observes Router router) {
        Buffer document = read();
        router.get("/q/asyncapi").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
                .end(document));
    }

    private static Buffer read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the classpath (shared-model's jar)");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
