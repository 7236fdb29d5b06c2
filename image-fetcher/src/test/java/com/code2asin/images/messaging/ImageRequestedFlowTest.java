package com.code2asin.images.messaging;

import static com.code2asin.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.images.client.ObjectStore;
import com.code2asin.images.client.ObjectStoreException;
import com.code2asin.images.config.ImageFetcherConfig;
import com.code2asin.images.service.TestImages;
import com.code2asin.model.EventTypes;
import com.code2asin.model.Topics;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.StoredImage;
import com.code2asin.testing.FreshConsumerGroup;
import com.code2asin.testing.KafkaTestClient;
import com.code2asin.model.event.ImageMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** image.requested in, through a local image server, S3 and PostgreSQL, images.stored out. */
@QuarkusTest
@WithTestResource(value = FreshConsumerGroup.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = FreshConsumerGroup.PREFIX, value = "image-fetcher-test"),
        @ResourceArg(name = "image-requested", value = Topics.IMAGE_REQUESTED)})
class ImageRequestedFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String BUCKET = "code2asin";

    private static HttpServer cdn;
    private static final Map<String, byte[]> IMAGES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    @Inject
    MinioClient minio;

    @Inject
    DataSource dataSource;

    @Inject
    ImageFetcherConfig config;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startImageServer() throws IOException {
        IMAGES.put("/images/I/a.jpg", TestImages.jpeg(64, 48, 1));
        IMAGES.put("/images/I/b.jpg", TestImages.jpeg(32, 32, 2));
        IMAGES.put("/images/I/c.jpg", TestImages.jpeg(40, 30, 3));
        cdn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cdn.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            HITS.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = IMAGES.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        cdn.start();
    }

    @AfterAll
    static void stopImageServer() {
        cdn.stop(0);
    }

    @Test
    void storesEachImageOnceAndCountsBadUrlsAsFailed() throws Exception {
        String productKey = "t" + UUID.randomUUID();
        ImageRequested first = request(productKey, "append", url("a.jpg"), url("missing.jpg"),
                "http://10.0.0.1/images/I/a.jpg");
        int aHits = hits("a.jpg"); // another test of the class may have fetched it before
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGES_STORED)) {
            send(kafka, first);
            ConsumerRecord<String, String> record = kafka.await(about(first), WAIT);
            ImagesStored stored = json.readValue(record.value(), ImagesStored.class);

            String sha = sha256(IMAGES.get("/images/I/a.jpg"));
            String key = "products/acme/" + productKey.substring(0, 2) + "/" + productKey + "/" + sha + ".jpg";
            assertEquals(List.of(new StoredImage(key, sha, 64, 48, IMAGES.get("/images/I/a.jpg").length)), stored.stored());
            assertEquals(2, stored.failed(), "the 404 and the host not allowed");
            assertEquals(0, stored.skipped());
            assertEquals("acme", stored.tenant());
            assertEquals(EventTypes.IMAGES_STORED, header(record, "ce_type"));
            assertEquals("acme", header(record, "ce_tenant"));
            assertEquals(first.jobId().toString(), header(record, "ce_subject"));
            assertEquals("/code2asin/image-fetcher", header(record, "ce_source"));
            assertEquals(first.jobId().toString(), record.key());
            assertEquals(sha, sha256(readObject(key)), "S3 holds the downloaded bytes");

            // the same event again: its recorded outcome is published again, nothing is downloaded or stored
            send(kafka, first);
            ImagesStored again = json.readValue(kafka.await(about(first), WAIT).value(), ImagesStored.class);
            assertEquals(stored, again);
            assertEquals(aHits + 1, hits("a.jpg"));
            assertEquals(List.of(key), objects(productKey));

            // a later job for the same product fetches again, and the same bytes stay stored once
            ImageRequested later = request(productKey, "replace", url("a.jpg"));
            send(kafka, later);
            ImagesStored laterStored = json.readValue(kafka.await(about(later), WAIT).value(), ImagesStored.class);
            assertEquals(stored.stored(), laterStored.stored());
            assertEquals(aHits + 2, hits("a.jpg"));
            assertEquals(List.of(key), objects(productKey));
            assertEquals(1, imageRows(productKey));
        }
    }

    @Test
    void skipKeepsExistingImagesAndReplaceRemovesTheOldOnes() throws Exception {
        String productKey = "u" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGES_STORED)) {
            ImageRequested append = request(productKey, "append", url("a.jpg"));
            send(kafka, append);
            String keyA = json.readValue(kafka.await(about(append), WAIT).value(), ImagesStored.class).stored().get(0).key();

            int bHits = hits("b.jpg");
            ImageRequested skip = request(productKey, "skip", url("b.jpg"));
            send(kafka, skip);
            ImagesStored skipped = json.readValue(kafka.await(about(skip), WAIT).value(), ImagesStored.class);
            assertEquals(List.of(keyA), skipped.stored().stream().map(StoredImage::key).toList(),
                    "the product's images, stored by an earlier job");
            assertEquals(1, skipped.skipped());
            assertEquals(bHits, hits("b.jpg"), "skip downloads nothing when the product has images");

            ImageRequested replace = request(productKey, "replace", url("b.jpg"));
            send(kafka, replace);
            String keyB = json.readValue(kafka.await(about(replace), WAIT).value(), ImagesStored.class).stored().get(0).key();
            assertTrue(!keyA.equals(keyB));
            assertEquals(List.of(keyB), objects(productKey), "replace removed the older image from S3");
            assertEquals(1, imageRows(productKey));
        }
    }

    @Test
    void appendFillsAProductUpToItsMaxAcrossJobsAndAnotherTenantsProductOfTheSameIdIsAnother() throws Exception {
        String productKey = "v" + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGES_STORED)) {
            ImageRequested first = request("acme", productKey, "append", 2, url("a.jpg"));
            send(kafka, first);
            kafka.await(about(first), WAIT);

            int cHits = hits("c.jpg");
            ImageRequested second = request("acme", productKey, "append", 2, url("b.jpg"), url("c.jpg"));
            send(kafka, second);
            ImagesStored appended = json.readValue(kafka.await(about(second), WAIT).value(), ImagesStored.class);
            assertEquals(2, appended.stored().size(), "a.jpg of the first job and b.jpg: the product's max is 2");
            assertEquals(1, appended.skipped(), "c.jpg: no room left");
            assertEquals(cHits, hits("c.jpg"), "what has no room is not downloaded");
            assertEquals(2, imageRows(productKey));

            ImageRequested globex = request("globex", productKey, "replace", 2, url("c.jpg"));
            send(kafka, globex);
            ImagesStored theirs = json.readValue(kafka.await(about(globex), WAIT).value(), ImagesStored.class);
            assertTrue(theirs.stored().get(0).key().startsWith("products/globex/"), theirs.stored().get(0).key());
            assertEquals(2, objects(productKey).size(), "globex's replace left acme's images alone");
            assertEquals(3, imageRows(productKey));
        }
    }

    @Test
    void aFailureOfAMomentIsTriedAgainAndALastingOneGoesToTheDeadLetterTopicAtOnce() throws Exception {
        FlakyStore down = new FlakyStore(minio, config,
                new ObjectStoreException("cannot put", new ConnectException("Connection refused")),
                new ObjectStoreException("cannot put", new ConnectException("Connection refused")));
        QuarkusMock.installMockForType(down, ObjectStore.class);
        ImageRequested request = request("r" + UUID.randomUUID(), "append", url("a.jpg"));
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGES_STORED)) {
            send(kafka, request);
            ImagesStored stored = json.readValue(kafka.await(about(request), WAIT).value(), ImagesStored.class);
            assertEquals(1, stored.stored().size(), "stored at the third try");
            assertEquals(0, stored.failed());
            assertEquals(3, down.puts.get());
        }

        FlakyStore refusing = new FlakyStore(minio, config,
                new ObjectStoreException("cannot put", new IllegalStateException("Access Denied")));
        QuarkusMock.installMockForType(refusing, ObjectStore.class);
        ImageRequested refused = request("s" + UUID.randomUUID(), "append", url("a.jpg"));
        try (KafkaTestClient kafka = new KafkaTestClient(Topics.IMAGE_REQUESTED + Topics.DLQ_SUFFIX)) {
            send(kafka, refused);
            ConsumerRecord<String, String> dead = kafka.await(r -> refused.productKey().equals(r.key()), WAIT);
            assertTrue(header(dead, "dead-letter-reason").contains("cannot put"), header(dead, "dead-letter-reason"));
            assertEquals(1, refusing.puts.get(), "not tried again");
        }
    }

    /** S3 failing the first puts with these failures, then storing; not a bean of its own (the scope is inherited). */
    @Vetoed
    static class FlakyStore extends ObjectStore {

        final AtomicInteger puts = new AtomicInteger();
        private final Queue<RuntimeException> failures;

        FlakyStore(MinioClient minio, ImageFetcherConfig config, RuntimeException... failures) {
            super(minio, config);
            this.failures = new ConcurrentLinkedQueue<>(List.of(failures));
        }

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            puts.incrementAndGet();
            RuntimeException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            super.put(key, bytes, contentType);
        }
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheReason() throws Exception {
        String dlq = Topics.IMAGE_REQUESTED + Topics.DLQ_SUFFIX;
        try (KafkaTestClient kafka = new KafkaTestClient(dlq)) {
            String garbageKey = "garbage-" + UUID.randomUUID();
            kafka.send(Topics.IMAGE_REQUESTED, garbageKey, EventTypes.IMAGE_REQUESTED, "none", "acme", "{not json");
            ConsumerRecord<String, String> garbage = kafka.await(r -> garbageKey.equals(r.key()), WAIT);
            assertEquals("{not json", header(garbage, "deserialization-failure-value-data"));

            ImageRequested escaping = request("../../etc", "append", url("a.jpg"));
            send(kafka, escaping);
            ConsumerRecord<String, String> invalid = kafka.await(r -> "../../etc".equals(r.key()), WAIT);
            assertTrue(header(invalid, "dead-letter-reason").contains("product_key '../../etc' cannot name an object key"),
                    header(invalid, "dead-letter-reason"));
        }
    }

    private static ImageRequested request(String productKey, String mode, String... urls) {
        return request("acme", productKey, mode, 5, urls);
    }

    private static ImageRequested request(String tenant, String productKey, String mode, int max, String... urls) {
        return new ImageRequested(UUID.randomUUID(), UUID.randomUUID(), tenant, productKey, "B0TEST0001",
                List.of(urls), ImageMode.named(mode), max);
    }

    private void send(KafkaTestClient kafka, ImageRequested request) throws Exception {
        kafka.send(Topics.IMAGE_REQUESTED, request.productKey(), EventTypes.IMAGE_REQUESTED,
                request.jobId().toString(), request.tenant(), json.writeValueAsString(request));
    }

    private java.util.function.Predicate<ConsumerRecord<String, String>> about(ImageRequested request) {
        return record -> record.value().contains(request.itemId().toString());
    }

    private static String url(String name) {
        return "http://127.0.0.1:" + cdn.getAddress().getPort() + "/images/I/" + name;
    }

    private static int hits(String name) {
        AtomicInteger count = HITS.get("/images/I/" + name);
        return count == null ? 0 : count.get();
    }

    private byte[] readObject(String key) throws Exception {
        try (GetObjectResponse object = minio.getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
            assertEquals("image/jpeg", object.headers().get("Content-Type"));
            return object.readAllBytes();
        }
    }

    private List<String> objects(String productKey) throws Exception {
        List<String> keys = new ArrayList<>();
        String prefix = "products/acme/" + productKey.substring(0, 2) + "/" + productKey + "/";
        for (Result<Item> item : minio.listObjects(ListObjectsArgs.builder().bucket(BUCKET).prefix(prefix).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    private int imageRows(String productKey) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from product_image where product_key = ?")) {
            s.setString(1, productKey);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
