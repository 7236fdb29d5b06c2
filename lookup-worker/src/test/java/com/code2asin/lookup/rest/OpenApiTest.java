package com.code2asin.lookup.rest;

import static io.restassured.RestAssured.given;

import com.code2asin.testing.OpenApiDocument;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The published API description is the reviewed openapi/lookup-worker.yaml. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theServedDocumentIsTheReviewedOne() throws IOException {
        OpenApiDocument.assertServedIsCommitted("lookup-worker", given().queryParam("format", "yaml")
                .get("/q/openapi").then().statusCode(200).extract().asString());
    }
}
