package com.code2asin.bench;

import com.code2asin.model.code.CodeParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./code2asin bench faults}: a job of N codes with images, looked up through the suite the script started
 * (two job-api and two lookup-worker replicas), hit by one fault while it runs: a process killed, PostgreSQL
 * restarted, S3 or Kafka away for a while, forged and stale events. The faults are the script's own
 * ({@code ./code2asin fault ...}), on the real processes. Prints one JSON object: lost items, duplicated results,
 * whether the job got stuck, events published twice, calls Amazon refused for quota, seconds.
 */
public final class FaultBench {

    private static final Duration DEADLINE = Duration.ofMinutes(12);
    private static final String JOBS = JobApiClient.JOBS;
    private static final List<String> TOPICS = List.of("code2asin.jobs.v1", "code2asin.lookup-requested.v1",
            "code2asin.batch-done.v1", "code2asin.image-requested.v1", "code2asin.images-stored.v1",
            "code2asin.export-requested.v1", "code2asin.export-done.v1");

    private final BenchOptions options;
    private final JobApiClient client;
    private final Simulator simulator;
    private final ObjectMapper json = new ObjectMapper();
    private String token;
    private long tokenAt;

    private FaultBench(BenchOptions options) {
        this.options = options;
        this.client = new JobApiClient(options.get("api"), options.get("realm"));
        this.simulator = new Simulator(options.get("simulator"));
    }

    public static void main(String[] args) throws Exception {
        FaultBench bench = new FaultBench(BenchOptions.of(args));
        ConsumerGroupsReady.await(bench.options.get("bootstrap"), List.of(bench.options.get("groups").split(",")),
                Duration.ofMinutes(2));
        System.out.println(new ObjectMapper().writeValueAsString(bench.run(args[0])));
    }

    private Map<String, Object> run(String scenario) throws Exception {
        int codes = options.integer("codes");
        Path file = codeFile(codes);
        simulator.resetStats();
        String id = client.upload(token(), file, true, "{\"download_images\": true, \"max_images_per_product\": 2}")
                .path("id").asText();
        Files.delete(file);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", scenario);
        r.put("codes", codes);
        long started = System.nanoTime();
        try (EventCount events = new EventCount(options.get("bootstrap"), TOPICS, id)) {
            client.post(token(), JOBS + "/" + id + "/start", 200);
            await(id, d -> d.path("progress").path("done").asLong() >= codes / 4, "a quarter of the codes answered");
            r.put("fault", inject(scenario, id, events));
            JsonNode detail = awaitQuietly(id, d -> "completed".equals(d.path("job").path("status").asText())
                    && d.path("exports").toString().contains("\"done\""), DEADLINE);
            r.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
            Thread.sleep(3000); // the last events reach the topics
            JsonNode progress = detail == null ? null : detail.path("progress");
            long answered = progress == null ? 0 : progress.path("matched").asLong() + progress.path("ambiguous")
                    .asLong() + progress.path("unmatched").asLong() + progress.path("failed").asLong()
                    + progress.path("invalid").asLong();
            r.put("status", detail == null ? "not completed in " + DEADLINE.toMinutes() + " min"
                    : detail.path("job").path("status").asText());
            r.put("stuck_jobs", detail == null ? 1 : 0);
            r.put("lost_items", codes - answered);
            if ("stale_batch_done".equals(scenario) && detail != null) {
                r.put("fault", r.get("fault") + "; " + staleAnswers(events, 0)); // and once the job is final
                Thread.sleep(3000);
            }
            long[] export = detail == null ? new long[] {-1, -1} : exportCheck(id, codes);
            r.put("duplicated_results", export[0]);
            r.put("forged_results_applied", export[1]);
            r.put("duplicate_events", events.duplicates());
            r.put("events", events.byType());
            r.put("matched", progress == null ? 0 : progress.path("matched").asLong());
            r.put("failed", progress == null ? 0 : progress.path("failed").asLong());
            r.put("with_images", detail == null ? 0 : detail.path("figures").path("with_images").asLong());
            r.put("calls_answered_429", simulator.stats().path("apis").path("sp-api").path("throttled").asLong());
        }
        return r;
    }

    /** The fault of the scenario, on the real processes; answers what was done. */
    private String inject(String scenario, String jobId, EventCount events) throws Exception {
        return switch (scenario) {
            case "slow_provider" -> overload(150);
            case "two_api_replicas" -> "none: both job-api replicas relay, dispatch and complete, events counted";
            case "stale_batch_done" -> staleAnswers(events, 1);
            case "kill_worker" -> fault("kill", "lookup-worker-1") + "; 5 s; " + sleep(5) + fault("start",
                    "lookup-worker-1");
            case "kill_api" -> fault("kill", "job-api-2") + "; 5 s; " + sleep(5) + fault("start", "job-api-2");
            case "restart_postgres" -> fault("restart", "postgres");
            case "s3_outage_60s" -> fault("stop", "s3proxy") + "; 60 s; " + sleep(60) + fault("start", "s3proxy");
            case "kafka_outage_60s" -> fault("stop", "kafka") + "; 60 s; " + sleep(60) + fault("start", "kafka");
            case "forged_events" -> forge(jobId);
            default -> throw new IllegalArgumentException("scenario " + scenario + ": kill_worker, kill_api, "
                    + "restart_postgres, s3_outage_60s, kafka_outage_60s, forged_events, two_api_replicas, stale_batch_done, slow_provider");
        };
    }

    /**
     * Amazon overloaded: every call answered 429 with a Retry-After of {@code seconds} for that long. The workers
     * must wait it out (the calls answered 429 stay few: those in flight when it began and one try per pause), and
     * job-api must not hand their waiting batches to another attempt.
     */
    private String overload(int seconds) throws Exception {
        simulator.faults("{\"throttle-retry-after-s\":" + seconds + "}");
        try {
            Thread.sleep(seconds * 1000L);
        } finally {
            simulator.faults("{\"throttle-retry-after-s\":0}");
        }
        return "every Amazon call answered 429, Retry-After " + seconds + " s, for " + seconds + " s";
    }

    private String fault(String action, String target) throws Exception {
        Process process = new ProcessBuilder(options.get("code2asin"), "fault", action, target)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./code2asin fault " + action + " " + target + " failed");
        }
        return action + " " + target;
    }

    private static String sleep(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
        return "";
    }

    /**
     * What a forger with access to the topics would send: a command for this job in another tenant's name, an
     * export.done naming another tenant's file, a batch.done of a batch that does not exist and one naming a
     * marketplace that does not exist, an images.stored giving an item of this job another tenant's file as image.
     */
    private String forge(String jobId) throws Exception {
        String itemId = client.get(token(), JOBS + "/" + jobId + "/results?limit=1").path("items").path(0).path("id")
                .asText();
        Properties p = new Properties();
        p.put("bootstrap.servers", options.get("bootstrap"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("code2asin.job-commands.v1", jobId, """
                    {"job_id":"%s","tenant":"globex","action":"cancel","actor":"mallory"}""".formatted(jobId))).get();
            producer.send(new ProducerRecord<>("code2asin.export-done.v1", jobId, """
                    {"export_id":"%s","job_id":"%s","tenant":"acme","format":"csv",
                     "object_key":"exports/globex/%s/their.csv","rows":1,"bytes":1}"""
                    .formatted(UUID.randomUUID(), jobId, UUID.randomUUID()))).get();
            producer.send(new ProducerRecord<>("code2asin.batch-done.v1", jobId, """
                    {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","items":[]}"""
                    .formatted(UUID.randomUUID(), jobId))).get();
            producer.send(new ProducerRecord<>("code2asin.batch-done.v1", jobId, """
                    {"batch_id":"%s","attempt":1,"job_id":"%s","tenant":"acme","marketplace":"XX","items":[]}"""
                    .formatted(UUID.randomUUID(), jobId))).get();
            producer.send(new ProducerRecord<>("code2asin.images-stored.v1", jobId, """
                    {"job_id":"%s","item_id":"%s","tenant":"acme","product_key":"x","stored":[{"key":
                     "exports/globex/%s/%s.csv","sha256":"%s","width":1,"height":1,"bytes":1}]}"""
                    .formatted(jobId, itemId, UUID.randomUUID(), FORGED_FILE, "c".repeat(64)))).get();
        }
        return "forged cancel (tenant globex), export.done (globex's file), batch.done (unknown batch, unknown "
                + "marketplace), images.stored (globex's file as an item's image)";
    }

    /**
     * Answers already applied, sent again late as a replaying broker or a stuck worker would: each as it was (a new
     * event id) and under the attempt before ({@code olderBy}), with every item turned into a failure that names
     * itself. None of them may change a result: the first answer of a batch counts, and a final job takes none.
     */
    private String staleAnswers(EventCount events, int olderBy) throws Exception {
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> seen = events.batchDone();
        Properties p = new Properties();
        p.put("bootstrap.servers", options.get("bootstrap"));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            for (var record : seen) {
                com.fasterxml.jackson.databind.node.ObjectNode answer =
                        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(record.value());
                answer.put("attempt", Math.max(1, answer.path("attempt").asInt() - olderBy));
                for (JsonNode item : answer.path("items")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) item).put("status", "failed")
                            .put("error_category", "invalid_data").put("error", FORGED).putNull("chosen");
                }
                ProducerRecord<String, String> late = new ProducerRecord<>(record.topic(), record.key(),
                        json.writeValueAsString(answer));
                record.headers().forEach(h -> late.headers().add(h.key(),
                        h.key().equals("ce_id") ? UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)
                                : h.value()));
                producer.send(late).get();
            }
        }
        return seen.size() + " batch.done sent again as failures" + (olderBy > 0 ? " of the attempt before" : "")
                + (olderBy == 0 ? " after completion" : "");
    }

    private static final String FORGED = "forged late answer";
    private static final String FORGED_FILE = "their-forged-file";

    /**
     * The job's JSON export: rows that repeat an item (a result applied twice) and rows carrying a forged late
     * answer's error (a stale batch.done applied) or a forged image (an images.stored naming another tenant's file).
     */
    private long[] exportCheck(String jobId, int codes) throws Exception {
        JsonNode requested = client.post(token(), JOBS + "/" + jobId + "/exports?format=json", 202);
        JsonNode done = awaitPath(requested.path("status_url").asText(),
                e -> !"requested".equals(e.path("status").asText()), Duration.ofMinutes(3));
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(options.get("api") + done.path("download_url").asText()))
                .header("Authorization", "Bearer " + token()).build(), HttpResponse.BodyHandlers.ofString());
        Set<String> items = new HashSet<>();
        long rows = 0;
        long forged = 0;
        for (JsonNode row : json.readTree(file.body())) {
            rows++;
            items.add(row.path("item_id").asText());
            forged += row.toString().contains(FORGED) || row.toString().contains(FORGED_FILE) ? 1 : 0;
        }
        if (rows != codes) {
            throw new IllegalStateException("the export holds " + rows + " rows for " + codes + " codes");
        }
        return new long[] {rows - items.size(), forged};
    }

    private JsonNode await(String jobId, Predicate<JsonNode> done, String what) throws Exception {
        JsonNode answer = awaitQuietly(jobId, done, DEADLINE);
        if (answer == null) {
            throw new IllegalStateException("no " + what + " in " + DEADLINE);
        }
        return answer;
    }

    /** Polls through faults: a refused connection or an error answer is a fault's effect, asked again. */
    private JsonNode awaitQuietly(String jobId, Predicate<JsonNode> done, Duration deadline) throws Exception {
        return awaitPath(JOBS + "/" + jobId, done, deadline);
    }

    private JsonNode awaitPath(String path, Predicate<JsonNode> done, Duration deadline) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            try {
                JsonNode answer = client.get(token(), path);
                if (done.test(answer)) {
                    return answer;
                }
            } catch (IOException faultShowing) {
                token = null; // Keycloak may be the one that was away
            }
            Thread.sleep(500);
        }
        return null;
    }

    private String token() throws Exception {
        if (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(5).toNanos()) {
            token = client.token("alice");
            tokenAt = System.nanoTime();
        }
        return token;
    }

    /** N random valid EAN-13s with a name, each once: a seller's file. */
    private Path codeFile(int count) throws IOException {
        Path file = Files.createTempFile(Path.of(options.get("work")), "faults-", ".csv");
        Random random = new Random();
        Set<Long> seen = new HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ean;name\n");
            for (int i = 0; i < count; i++) {
                long n;
                do {
                    n = random.nextLong(10_000_000_000L);
                } while (!seen.add(n));
                String body = "40" + String.format("%010d", n);
                out.write(body + CodeParser.checkDigit(body) + ";Produit " + i + "\n");
            }
        }
        return file;
    }
}
