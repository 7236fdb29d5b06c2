package com.code2asin.jobs.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.OpenApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published API description: it is the reviewed openapi/job-api.yaml, and every operation says what it does and
 * shows an example a reader can try.
 */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasASummaryAndAnExample() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            if (op.getValue().path("summary").asText().isBlank()) {
                missing.add(name + ": no summary");
            }
            if (!op.getValue().toString().contains("\"example")) {
                missing.add(name + ": no example");
            }
        }));
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertTrue(api.path("components").path("schemas").has("Problem"), "the problem+json schema");
    }

    @Test
    void theServedDocumentIsTheReviewedOne() throws IOException {
        OpenApiDocument.assertServedIsCommitted("job-api", given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }
}
