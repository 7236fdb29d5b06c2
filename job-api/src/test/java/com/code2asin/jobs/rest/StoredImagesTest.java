package com.code2asin.jobs.rest;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.jobs.client.ObjectStore;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.StoredImage;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A result lists the images image-fetcher stored for its product (key, size, digest) with a link; the link streams
 * the object to the job's tenant only, and only an image the item lists.
 */
@QuarkusTest
class StoredImagesTest {

    private static final String API = "/api/v1/code2asin";

    @Inject
    ObjectStore store;

    @Test
    void aResultListsItsProductsStoredImagesAndStreamsThemToItsTenantOnly() throws Exception {
        String alice = token("alice");
        String job = BadInputTest.completedDirectImport(alice);
        JsonPath result = given().auth().oauth2(alice).get(API + "/jobs/" + job + "/results").then()
                .statusCode(200).body("items[0].stored_images.size()", equalTo(0)).extract().jsonPath();
        String item = result.getString("items[0].id");
        byte[] bytes = "not really a jpeg, but bytes all the same".getBytes();
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        String key = "products/acme/03/03017620422003/" + sha + ".jpg";
        Path file = Files.createTempFile("image-", ".jpg");
        Files.write(file, bytes);
        store.upload(key, file, "image/png").await().atMost(Duration.ofSeconds(30));

        ImagesStored stored = new ImagesStored(UUID.fromString(job), UUID.fromString(item), "acme", "03017620422003",
                List.of(new StoredImage(key, sha, 640, 480, bytes.length)), 0, 0);
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGES_STORED)) {
            kafka.send(Topics.IMAGES_STORED, job, EventTypes.IMAGES_STORED, job, "acme",
                    new ObjectMapper().writeValueAsString(stored));
        }
        String url = awaitImageLink(alice, job);

        given().auth().oauth2(alice).get(API + "/jobs/" + job + "/results").then().statusCode(200)
                .body("items[0].stored_images[0].key", equalTo(key))
                .body("items[0].stored_images[0].sha256", equalTo(sha))
                .body("items[0].stored_images[0].width", equalTo(640))
                .body("items[0].stored_images[0].height", equalTo(480))
                .body("items[0].stored_images[0].bytes", equalTo(bytes.length));
        assertEquals(API + "/jobs/" + job + "/results/" + item + "/images/" + sha, url);
        byte[] served = given().auth().oauth2(alice).get(url).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(bytes, served);

        given().auth().oauth2(token("bob")).get(url).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(alice).get(url.replace(sha, "0".repeat(64))).then().statusCode(404)
                .body("detail", containsString("no stored image"));
    }

    private static String awaitImageLink(String token, String job) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            String url = given().auth().oauth2(token).get(API + "/jobs/" + job + "/results").then().statusCode(200)
                    .extract().path("items[0].stored_images[0].url");
            if (url != null) {
                return url;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("images.stored not applied to job " + job);
    }
}
