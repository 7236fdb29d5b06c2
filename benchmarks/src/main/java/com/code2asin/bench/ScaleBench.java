package com.code2asin.bench;

import com.code2asin.model.code.CodeParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * {@code ./code2asin bench scale}: the whole suite as the script started it (every service at its configured heap,
 * with a GC log), driven over HTTP as a tenant would, while another tenant lists its jobs ten times a second.
 * direct_import: a job of N codes with their ASINs from upload to completed, its automatic XLSX, CSV and JSON exports
 * and their downloads, the first and last results page, a retry that queues every item of the same codes looked up,
 * cancel and delete. lookup: a job of M codes looked up against the simulator, upload to completed. Each prints one
 * JSON object: seconds and every service's peak heap per step, peak RSS, the other tenant's latency, and any
 * OutOfMemoryError or stopped service.
 */
public final class ScaleBench {

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(20);
    private static final String JOBS = JobApiClient.JOBS;
    /** Well within the realm's access token lifespan (15 minutes). */
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(5);
    /**
     * The lookup path itself, at scale: images and prices (one more call per 20 ASINs, on 2 cores with the simulator)
     * have their own benches (bench hostile, bench lookup pricing).
     */
    private static final String LOOKUP_ONLY = "{\"download_images\": false, \"with_prices\": false}";

    private final BenchOptions options;
    private final JobApiClient client;
    private final SuiteWatch suite;
    private final List<Map<String, Object>> steps = new ArrayList<>();
    private TenantProbe otherTenant;
    private String token;
    private long tokenAt;

    private ScaleBench(BenchOptions options) throws IOException {
        this.options = options;
        this.client = new JobApiClient(options.get("api"), options.get("realm"));
        this.suite = new SuiteWatch(List.of(options.get("services").split(",")), options.get("prefix"),
                Path.of(options.get("logs")), Path.of(options.get("pids")));
    }

    public static void main(String[] args) throws Exception {
        ScaleBench bench = new ScaleBench(BenchOptions.of(args));
        bench.awaitConsumers();
        Map<String, Object> result;
        try (TenantProbe otherTenant = new TenantProbe(bench.client, "bob")) {
            bench.otherTenant = otherTenant;
            result = switch (args.length == 0 ? "" : args[0]) {
                case "direct_import" -> bench.directImport();
                case "lookup" -> bench.lookup();
                default -> throw new IllegalArgumentException("scenario: direct_import | lookup");
            };
        }
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    /** Every service's consumer group of the run is stable with its members before anything is published. */
    private void awaitConsumers() throws Exception {
        ConsumerGroupsReady.await(options.get("bootstrap"), List.of(options.get("services").split(",")).stream()
                .map(service -> options.get("group") + "-" + service).toList(), Duration.ofMinutes(2));
    }

    private Map<String, Object> directImport() throws Exception {
        int codes = options.integer("codes");
        Path file = codeFile(codes, true);
        Map<String, Long> start = suite.mark();
        otherTenant.restart();
        String[] id = new String[1];
        step("upload", () -> {
            JsonNode created = client.upload(token(), file, false, LOOKUP_ONLY);
            id[0] = created.path("id").asText();
            return Map.of("codes", created.path("total_codes").asLong());
        });
        step("start_to_completed", () -> {
            client.post(token(), JOBS + "/" + id[0] + "/start", 200);
            await(id[0], d -> "completed".equals(d.path("job").path("status").asText()), "completed");
            return Map.of();
        });
        double uploadToCompleted = seconds(0) + seconds(1);
        step("automatic_xlsx", () -> export(await(id[0], d -> doneExport(d) != null, "the automatic XLSX"), null));
        step("xlsx_download", () -> Map.of("bytes", client.download(token(), JOBS + "/" + id[0] + "/download")));
        for (String format : List.of("csv", "json", "listings_json", "inventory_loader")) {
            String[] download = new String[1];
            String seller = format.equals("listings_json") ? "&seller_id=A2SELLERBENCH" : "";
            step(format + "_export", () -> {
                JsonNode requested = client.post(token(), JOBS + "/" + id[0] + "/exports?format=" + format + seller,
                        202);
                JsonNode done = awaitPath(requested.path("status_url").asText(),
                        e -> !"requested".equals(e.path("status").asText()), format + " export");
                download[0] = done.path("download_url").asText();
                return export(null, done);
            });
            step(format + "_download", () -> Map.of("bytes", client.download(token(), download[0])));
        }
        step("first_results_page", () -> page(id[0], 1));
        step("last_results_page", () -> page(id[0], (codes + 49) / 50));
        String[] lookup = new String[1];
        step("upload_same_codes_to_look_up", () -> {
            lookup[0] = client.upload(token(), file, true, LOOKUP_ONLY).path("id").asText();
            client.post(token(), JOBS + "/" + lookup[0] + "/start", 200);
            client.post(token(), JOBS + "/" + lookup[0] + "/cancel", 200);
            return Map.of();
        });
        step("retry_every_item", () -> Map.of("requeued",
                client.post(token(), JOBS + "/" + lookup[0] + "/retry", 200).path("requeued").asLong()));
        step("cancel", () -> {
            client.post(token(), JOBS + "/" + lookup[0] + "/cancel", 200);
            return Map.of();
        });
        step("delete_looked_up_job", () -> delete(lookup[0]));
        step("delete", () -> delete(id[0]));
        Files.delete(file);

        Map<String, Object> r = result("direct_import", start);
        r.put("codes", codes);
        r.put("upload_to_completed_seconds", round(uploadToCompleted));
        return r;
    }

    private Map<String, Object> lookup() throws Exception {
        int codes = options.integer("codes");
        Map<String, Object> warmUp = warmUp(options.integer("warm-up-codes"));
        Path file = codeFile(codes, false);
        Map<String, Long> start = suite.mark();
        otherTenant.restart();
        String[] id = new String[1];
        step("upload", () -> {
            id[0] = client.upload(token(), file, true, LOOKUP_ONLY).path("id").asText();
            return Map.of();
        });
        JsonNode[] detail = new JsonNode[1];
        step("start_to_completed", () -> {
            client.post(token(), JOBS + "/" + id[0] + "/start", 200);
            detail[0] = await(id[0], d -> "completed".equals(d.path("job").path("status").asText()), "completed");
            return Map.of();
        });
        double seconds = seconds(0) + seconds(1);
        step("delete", () -> delete(id[0]));
        Files.delete(file);

        JsonNode progress = detail[0].path("progress");
        Map<String, Object> r = result("lookup", start);
        r.put("codes", codes);
        r.put("upload_to_completed_seconds", round(seconds));
        r.put("codes_per_s", Math.round(codes / seconds));
        r.put("lookup_codes_per_s", Math.round(codes / seconds(1)));
        for (String figure : List.of("matched", "ambiguous", "unmatched", "failed")) {
            r.put(figure, progress.path(figure).asLong());
        }
        r.put("warm_up", warmUp);
        return r;
    }

    /**
     * A smaller lookup job first, not measured: services started a minute ago are still compiling their hot paths
     * (on 2 cores the JIT takes a good share of them); a service that runs for days is what the figures describe.
     */
    private Map<String, Object> warmUp(int codes) throws Exception {
        Path file = codeFile(codes, false);
        long started = System.nanoTime();
        String id = client.upload(token(), file, true, LOOKUP_ONLY).path("id").asText();
        client.post(token(), JOBS + "/" + id + "/start", 200);
        await(id, d -> "completed".equals(d.path("job").path("status").asText()), "the warm-up job completed");
        double seconds = (System.nanoTime() - started) / 1e9;
        client.delete(token(), id);
        Files.delete(file);
        return Map.of("codes", codes, "seconds", round(seconds), "codes_per_s", Math.round(codes / seconds));
    }

    @FunctionalInterface
    private interface Step {
        Map<String, Object> run() throws Exception;
    }

    /** Runs one step; records its seconds, what it answers and each service's peak heap meanwhile. */
    private void step(String name, Step work) throws Exception {
        Map<String, Long> marks = suite.mark();
        int mark = otherTenant.mark();
        long started = System.nanoTime();
        Map<String, Object> figures = work.run();
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", name);
        step.put("seconds", round((System.nanoTime() - started) / 1e9));
        step.putAll(figures);
        step.put("peak_heap_mb", suite.peakHeapSince(marks));
        step.put("other_tenant_p95_ms", otherTenant.figuresSince(mark).get("p95_ms"));
        steps.add(step);
        System.err.println("[bench scale] " + step);
        List<String> stopped = suite.stopped();
        if (!stopped.isEmpty()) {
            throw new IllegalStateException(stopped + " stopped during " + name + "; see their logs");
        }
    }

    private Map<String, Object> result(String scenario, Map<String, Long> start) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", scenario);
        r.put("steps", List.copyOf(steps));
        r.put("peak_heap_mb", suite.peakHeapSince(start));
        r.put("peak_rss_mb", suite.peakRssMb());
        r.put("other_tenant_get_jobs", otherTenant.figuresSince(0));
        r.put("out_of_memory_errors", suite.outOfMemoryLines());
        r.put("stopped_services", suite.stopped());
        return r;
    }

    private double seconds(int step) {
        return (double) steps.get(step).get("seconds");
    }

    private JsonNode await(String jobId, Predicate<JsonNode> done, String what) throws Exception {
        return awaitPath(JOBS + "/" + jobId, done, what);
    }

    private JsonNode awaitPath(String path, Predicate<JsonNode> done, String what) throws Exception {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = client.get(token(), path);
            if (done.test(answer)) {
                return answer;
            }
            if (!suite.stopped().isEmpty()) {
                throw new IllegalStateException(suite.stopped() + " stopped while waiting for " + what);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no " + what + " after " + STEP_TIMEOUT + " at " + path);
    }

    private static JsonNode doneExport(JsonNode detail) {
        for (JsonNode e : detail.path("exports")) {
            if ("done".equals(e.path("status").asText()) || "failed".equals(e.path("status").asText())) {
                return e;
            }
        }
        return null;
    }

    /** An export's figures; a failed export fails the bench. */
    private static Map<String, Object> export(JsonNode detail, JsonNode export) {
        JsonNode e = export != null ? export : doneExport(detail);
        if (!"done".equals(e.path("status").asText())) {
            throw new IllegalStateException("export failed: " + e);
        }
        return Map.of("rows", e.path("rows").asLong(), "bytes", e.path("bytes").asLong());
    }

    private Map<String, Object> page(String jobId, int page) throws Exception {
        long started = System.nanoTime();
        JsonNode answer = client.get(token(), JOBS + "/" + jobId + "/results?page=" + page + "&per_page=50");
        return Map.of("ms", round((System.nanoTime() - started) / 1e6), "items", answer.path("items").size());
    }

    private Map<String, Object> delete(String jobId) throws Exception {
        client.delete(token(), jobId);
        return Map.of();
    }

    /** alice's token, renewed every few minutes: a step may outlast one, and a login per request costs Keycloak. */
    private String token() throws Exception {
        if (token == null || System.nanoTime() - tokenAt > TOKEN_LIFE.toNanos()) {
            token = client.token("alice");
            tokenAt = System.nanoTime();
        }
        return token;
    }

    /**
     * N random valid EAN-13s, each once; with a name to look up, or for a direct import with their ASIN and the
     * seller's SKU, price and quantity (every 100th without a price: the listing files report it).
     */
    private Path codeFile(int count, boolean withAsins) throws IOException {
        Path file = Files.createTempFile(Path.of(options.get("work")), "scale-", ".csv");
        Random random = new Random();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(withAsins ? "ean;asin;name;sku;price;quantity\n" : "ean;name\n");
            for (int i = 0; i < count; i++) {
                long n;
                do {
                    n = random.nextLong(10_000_000_000L);
                } while (!seen.add(n));
                String body = "40" + String.format("%010d", n);
                out.write(body + CodeParser.checkDigit(body));
                out.write(withAsins ? ";B0" + String.format("%08d", i) + ";Produit " + i + ";SKU-" + i + ";"
                        + (i % 100 == 99 ? "" : (1 + i % 500) + "," + String.format("%02d", i % 100) + " €") + ";"
                        + i % 20 + "\n" : ";Produit " + i + "\n");
            }
        }
        return file;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
