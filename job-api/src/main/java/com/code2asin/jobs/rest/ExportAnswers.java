package com.code2asin.jobs.rest;

import com.code2asin.jobs.domain.ExportFile;
import com.code2asin.jobs.domain.ExportStatus;
import com.code2asin.jobs.rest.dto.ExportView;
import com.code2asin.jobs.service.ExportOrders;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * An export as an HTTP answer: its file, streamed from S3 a chunk at a time (no thread held, clients never need the
 * bucket), once export-service wrote it; else the export as JSON, 202 with its status URL in Location while it is
 * requested, 502 when it failed. A failure of the export looked up (404, 409) is answered as a problem.
 */
@ApplicationScoped
class ExportAnswers {

    private final ExportOrders orders;
    private final ObjectMapper json;

    ExportAnswers(ExportOrders orders, ObjectMapper json) {
        this.orders = orders;
        this.json = json;
    }

    RestMulti<byte[]> answer(Uni<ExportFile> export) {
        return RestMulti.fromUniResponse(export, this::body, ExportAnswers::headers, ExportAnswers::status);
    }

    private Multi<byte[]> body(ExportFile export) {
        if (export.status == ExportStatus.DONE) {
            return orders.content(export);
        }
        try {
            return Multi.createFrom().item(json.writeValueAsBytes(ExportView.of(export)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export " + export.id + " could not be written as JSON", e);
        }
    }

    private static int status(ExportFile export) {
        return switch (export.status) {
            case DONE -> 200;
            case FAILED -> 502;
            case REQUESTED -> 202;
        };
    }

    private static Map<String, List<String>> headers(ExportFile export) {
        return switch (export.status) {
            case DONE -> Map.of(HttpHeaders.CONTENT_TYPE, List.of(contentType(export)),
                    "Content-Disposition", List.of(disposition(export)));
            case FAILED -> Map.of(HttpHeaders.CONTENT_TYPE, List.of(MediaType.APPLICATION_JSON));
            case REQUESTED -> Map.of(HttpHeaders.CONTENT_TYPE, List.of(MediaType.APPLICATION_JSON),
                    HttpHeaders.LOCATION, List.of(ExportView.of(export).statusUrl()));
        };
    }

    static String contentType(ExportFile file) {
        return file.format.contentType();
    }

    static String disposition(ExportFile file) {
        String name = file.format.isAmazonListing() ? "-" + file.format.value().replace('_', '-') : "";
        return "attachment; filename=\"code2asin-" + file.jobId + name + "." + file.format.extension() + "\"";
    }
}
