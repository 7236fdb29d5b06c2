package com.code2asin.simulator.images;

import com.code2asin.simulator.SimulatorClient;
import com.code2asin.simulator.TestCodes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ImageResourceTest {

    @Test
    void anImageLinkFromASearchIsAJpegOfTheAnnouncedSize() throws IOException {
        Map<String, Object> image = given().header("x-amz-access-token", SimulatorClient.accessToken())
                .queryParam("marketplaceIds", SimulatorClient.FR)
                .queryParam("identifiers", String.join(",", TestCodes.ean13(5, 10)))
                .queryParam("identifiersType", "EAN").queryParam("includedData", "images")
                .get("/catalog/2022-04-01/items")
                .then().statusCode(200)
                .extract().path("items[0].images[0].images[1]");
        // links point at the configured base URL; the test server listens on a random port
        String path = URI.create((String) image.get("link")).getPath();
        byte[] jpeg = given().get(path)
                .then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(image.get("width"), decoded.getWidth());
        assertEquals(image.get("height"), decoded.getHeight());
        assertArrayEquals(jpeg, given().get(path).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void malformedOrOversizedNamesAreNotFound() {
        given().get("/images/I/nothing.jpg").then().statusCode(404);
        given().get("/images/I/abcdefgh_2001x100.jpg").then().statusCode(404);
        given().get("/images/I/abcdefgh_100x100.png").then().statusCode(404);
        given().get("/images/I/abcdefgh_64x48.jpg").then().statusCode(200).contentType("image/jpeg");
    }
}
