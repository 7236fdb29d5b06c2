package com.code2asin.exports.messaging;

import com.code2asin.exports.service.ExportService;
import com.code2asin.model.event.ExportRequested;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code code2asin.export-requested.v1}: an explicit export. An export id already done is not produced again; its
 * {@code export.done} is published again (a crash between commit and send loses nothing).
 */
@ApplicationScoped
public class ExportRequestedConsumer {

    private final ExportService exports;
    private final ExportDonePublisher publisher;

    public ExportRequestedConsumer(ExportService exports, ExportDonePublisher publisher) {
        this.exports = exports;
        this.publisher = publisher;
    }

    @Incoming("export-requested")
    public Uni<Void> consume(ExportRequested request) {
        return Uni.createFrom().deferred(() -> exports.export(request))
                .chain(publisher::publish)
                .onFailure().invoke(failure -> Log.errorf(failure,
                        "Export %s failed; the request goes to the dead-letter topic", request.exportId()));
    }
}
