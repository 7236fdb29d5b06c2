package com.code2asin.bench;

import com.code2asin.model.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Image URLs that lead back inside the network, put in {@code image.requested} events as a forged or poisoned
 * catalogue answer would: a server on every loopback address serves a real PNG and counts who asks. image-fetcher
 * must refuse each URL (the item's {@code images.stored} counts it failed) and the server must never be asked.
 */
public final class SsrfProbe implements AutoCloseable {

    /** What image-fetcher did with one URL, and whether the loopback server was asked for it. */
    public record Outcome(String url, int stored, int failed, int serverHits) {
        public boolean refused() {
            return stored == 0 && failed == 1 && serverHits == 0;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;

    public SsrfProbe(String bootstrap) throws IOException {
        byte[] png = png();
        server = HttpServer.create(new InetSocketAddress(0), 0); // the wildcard address: 127.0.0.x and ::1 alike
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(png);
            }
        });
        server.start();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "ssrf-probe-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.IMAGES_STORED));
        Instant deadline = Instant.now().plusSeconds(30);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200));
        }
    }

    /** The loopback and internal forms of one address, each on the server's port (where one can be given). */
    public List<String> targets() {
        int port = server.getAddress().getPort();
        return List.of("http://localhost:" + port + "/a.png", "http://127.0.0.2:" + port + "/a.png",
                "http://[::1]:" + port + "/a.png", "http://2130706433:" + port + "/a.png",
                "http://0x7f.1:" + port + "/a.png", "http://[::ffff:127.0.0.1]:" + port + "/a.png",
                "http://[64:ff9b::7f00:1]:" + port + "/a.png", "http://m.media-amazon.com@127.0.0.2:" + port + "/a.png",
                "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd", "gopher://127.0.0.1:" + port + "/");
    }

    /** Asks image-fetcher for each URL as the only image of an item of its own; waits for every answer. */
    public List<Outcome> probe(List<String> urls, Duration timeout) throws Exception {
        Map<String, String> urlByItem = new LinkedHashMap<>();
        UUID job = UUID.randomUUID();
        for (String url : urls) {
            String item = UUID.randomUUID().toString();
            urlByItem.put(item, url);
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("job_id", job.toString());
            event.put("item_id", item);
            event.put("tenant", "tenant-hostile");
            event.put("product_key", "FR:B0HOSTILE" + Math.abs(item.hashCode() % 10));
            event.put("asin", "B0HOSTILE1");
            event.put("urls", List.of(url));
            event.put("mode", "append");
            event.put("max_images", 5);
            ProducerRecord<String, String> record = new ProducerRecord<>(Topics.IMAGE_REQUESTED, job.toString(),
                    json.writeValueAsString(event));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", "image.requested");
            header(record, "ce_source", "/code2asin/bench/hostile");
            header(record, "ce_subject", job.toString());
            header(record, "ce_time", OffsetDateTime.now().toString());
            header(record, "ce_tenant", "tenant-hostile");
            header(record, "content-type", "application/json");
            producer.send(record).get();
        }
        Map<String, JsonNode> answers = new HashMap<>();
        Instant deadline = Instant.now().plus(timeout);
        while (answers.size() < urlByItem.size() && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                JsonNode stored = json.readTree(r.value());
                String item = stored.path("item_id").asText();
                if (urlByItem.containsKey(item)) {
                    answers.put(item, stored);
                }
            }
        }
        return urlByItem.entrySet().stream().map(e -> {
            JsonNode answer = answers.get(e.getKey());
            return answer == null ? new Outcome(e.getValue(), -1, -1, hits.get())
                    : new Outcome(e.getValue(), answer.path("stored").size(), answer.path("failed").asInt(), hits.get());
        }).toList();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        producer.close();
        consumer.close();
    }
}
