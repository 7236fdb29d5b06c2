package com.code2asin.jobs.messaging;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.jobs.TallyLock;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.StoredImage;
import com.code2asin.testing.ConsumerGroups;
import com.code2asin.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * An images.stored is applied to the item as it is once the answers being applied to its job are in, and only to an
 * item of the job it names, on the real Kafka and PostgreSQL.
 */
@QuarkusTest
class ImagesStoredTest {

    private static final String JOBS = "/api/v1/code2asin/jobs";

    @Inject
    AgroalDataSource db;

    /**
     * A batch.done holds the job's tally while it writes the item's ASIN. Images read before it commits would carry
     * no ASIN, match no item once it has one, and be lost.
     */
    @Test
    void imagesArrivingWhileTheItemsAnswerIsAppliedLandOnTheAnsweredItem() throws Exception {
        UUID job = create(token("alice"));
        UUID item = itemOf(job);
        awaitPartitionRead(job, "acme");
        try (Connection answer = db.getConnection()) {
            TallyLock.hold(answer, job);
            send(new ImagesStored(job, item, "acme", "03017620422003", List.of(image()), 0, 0));
            TallyLock.awaitWaiter(answer);
            try (PreparedStatement update = answer.prepareStatement(
                    "UPDATE job_item SET asin = 'B0ANSWER01' WHERE id = ?")) {
                update.setObject(1, item);
                assertEquals(1, update.executeUpdate());
            }
            answer.commit();
        }
        assertEquals(1, awaitImagesStored(item), "the images landed on the item the answer had just matched");
    }

    @Test
    void imagesNamingAnItemOfAnotherJobGoToTheDeadLetterTopic() throws Exception {
        UUID alices = create(token("alice"));
        UUID bobs = create(token("bob"));
        UUID item = itemOf(alices);
        awaitPartitionRead(bobs, "globex");
        try (KafkaConsumer<String, String> dlq = KafkaTestClient.atTheEnd(Topics.IMAGES_STORED + ".dlq")) {
            send(new ImagesStored(bobs, item, "globex", "03017620422003", List.of(image()), 0, 0));
            String reason = KafkaTestClient.deadLetterReason(dlq);
            assertTrue(reason.contains("belongs to another job"), reason);
        }
        assertEquals(0, imagesStored(item), "alice's item is untouched");
    }

    /** Else the item's image link would stream another tenant's object (an export, say) to this job's users. */
    @Test
    void imagesNamingAnObjectOutsideTheTenantsProductsGoToTheDeadLetterTopic() throws Exception {
        UUID job = create(token("alice"));
        UUID item = itemOf(job);
        StoredImage foreign = new StoredImage("exports/globex/" + UUID.randomUUID() + "/results.xlsx",
                "b".repeat(64), 0, 0, 4096);
        awaitPartitionRead(job, "acme");
        try (KafkaConsumer<String, String> dlq = KafkaTestClient.atTheEnd(Topics.IMAGES_STORED + ".dlq")) {
            send(new ImagesStored(job, item, "acme", "03017620422003", List.of(image(), foreign), 0, 0));
            String reason = KafkaTestClient.deadLetterReason(dlq);
            assertTrue(reason.contains("must lie under products/acme/"), reason);
        }
        assertEquals(0, imagesStored(item), "no image of the event is listed");
    }

    private static UUID create(String token) {
        return UUID.fromString(given().auth().oauth2(token)
                .multiPart("file", "codes.csv", "3017620422003\n".getBytes(), "text/csv").post(JOBS)
                .then().statusCode(201).extract().path("id"));
    }

    private static StoredImage image() {
        return new StoredImage("products/acme/03/03017620422003/" + "a".repeat(64) + ".jpg", "a".repeat(64), 640,
                480, 1234);
    }

    /**
     * Returns once job-api reads the partition of the job's events: a harmless images.stored (an item of none of its
     * jobs) on the job's key is sent and awaited, so that a backlog other runs left there on this Kafka is worked off
     * before a test's clock starts.
     */
    private static void awaitPartitionRead(UUID job, String tenant) throws Exception {
        ImagesStored harmless = new ImagesStored(job, UUID.randomUUID(), tenant, "03017620422003", List.of(), 0, 0);
        ConsumerGroups.awaitConsumed("job-api", KafkaTestClient.publish(Topics.IMAGES_STORED, job.toString(),
                new ObjectMapper().writeValueAsString(harmless)), Duration.ofMinutes(3));
    }

    private static void send(ImagesStored stored) throws Exception {
        String job = stored.jobId().toString();
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGES_STORED)) {
            kafka.send(Topics.IMAGES_STORED, job, EventTypes.IMAGES_STORED, job, stored.tenant(),
                    new ObjectMapper().writeValueAsString(stored));
        }
    }

    private UUID itemOf(UUID job) throws SQLException {
        try (Connection connection = db.getConnection();
             ResultSet row = query(connection, "SELECT id FROM job_item WHERE job_id = ?", job)) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    private int imagesStored(UUID item) throws SQLException {
        try (Connection connection = db.getConnection();
             ResultSet row = query(connection, "SELECT images_stored FROM job_item WHERE id = ?", item)) {
            row.next();
            return row.getInt(1);
        }
    }

    private int awaitImagesStored(UUID item) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (imagesStored(item) > 0) {
                return imagesStored(item);
            }
            Thread.sleep(100);
        }
        return imagesStored(item);
    }

    private static ResultSet query(Connection connection, String sql, UUID id) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setObject(1, id);
        statement.closeOnCompletion();
        return statement.executeQuery();
    }
}
