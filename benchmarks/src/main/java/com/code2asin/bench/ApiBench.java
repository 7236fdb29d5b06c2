package com.code2asin.bench;

import com.code2asin.model.code.CodeParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code ./code2asin bench api}: drives a job-api started by the script (with a GC log) over HTTP with real Keycloak
 * tokens, and prints one JSON object per scenario. intake_csv / intake_xlsx: a file of N codes uploaded and
 * stored, timed from the first byte sent to the 201, with job-api's peak heap read from its GC log. latency: C
 * clients reading a job's detail and random result pages for S seconds.
 */
public final class ApiBench {

    private final BenchOptions options;
    private final JobApiClient client;
    private final GcLog gc;
    private final String api;

    private ApiBench(BenchOptions options) {
        this.options = options;
        this.client = new JobApiClient(option("api"), option("realm"));
        this.gc = new GcLog(Path.of(option("gc-log")));
        this.api = option("api") + "/api/v1/code2asin";
    }

    public static void main(String[] args) throws Exception {
        ApiBench bench = new ApiBench(BenchOptions.of(args));
        Map<String, Object> result = switch (args.length == 0 ? "" : args[0]) {
            case "intake_csv" -> bench.intake("intake_csv", bench.csv(Integer.parseInt(bench.option("codes"))));
            case "intake_xlsx" -> bench.intake("intake_xlsx", bench.xlsx(Integer.parseInt(bench.option("codes"))));
            case "latency" -> bench.latency();
            default -> throw new IllegalArgumentException("scenario: intake_csv | intake_xlsx | latency");
        };
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    private Map<String, Object> intake(String scenario, Path file) throws Exception {
        long gcFrom = gc.mark();
        String token = token();
        long started = System.nanoTime();
        JsonNode created = client.upload(token, file, true, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", scenario);
        r.put("codes", created.path("total_codes").asLong());
        r.put("invalid", created.path("invalid_codes").asLong());
        r.put("file_mb", round(Files.size(file) / 1_048_576.0));
        r.put("seconds", round(seconds));
        r.put("codes_per_s", Math.round(created.path("total_codes").asLong() / seconds));
        GcLog.Peak heap = gc.peakSince(gcFrom);
        r.put("peak_heap_mb", heap.usedMb()); // the most ever in use: heap just before a collection
        r.put("peak_live_mb", heap.liveMb()); // what survived collections: the reader's own working set
        r.put("heap_size_mb", heap.sizeMb());
        Files.delete(file);
        client.delete(token(), created.path("id").asText());
        return r;
    }

    /**
     * A job of N matched results (a direct import: no Amazon call), then C clients for S seconds, each sending R
     * requests a second on a fixed schedule (a quarter job details, the rest random result pages of 50; see
     * {@link PacedLoad}). Before it, the same clients without pause for W seconds: the warm-up a JVM needs before its
     * JIT has compiled the request path (a server that runs for days is measured, not one started a minute ago); its
     * first 15 s are reported as {@code cold_*}, its last 15 s as {@code saturated_*}, the most the warm server answers.
     */
    private Map<String, Object> latency() throws Exception {
        int results = Integer.parseInt(option("results"));
        int clients = Integer.parseInt(option("clients"));
        double rate = Double.parseDouble(option("rate-per-client"));
        Duration run = Duration.ofSeconds(Long.parseLong(option("seconds")));
        double hostBefore = HostCheck.millis();
        Path file = directImport(results);
        String jobId = client.upload(token(), file, false, null).path("id").asText();
        Files.delete(file);
        String token = token();
        Duration window = Duration.ofSeconds(15);
        long warmUp = Long.parseLong(option("warmup-seconds"));
        Supplier<String> reads = jobReads(jobId, results);
        PacedLoad.Result cold, warm, saturated, paced;
        try (PacedLoad load = new PacedLoad(URI.create(api), token, clients)) {
            cold = load.run(0, window, reads);
            warm = load.run(0, Duration.ofSeconds(Math.max(0, warmUp - 2 * window.toSeconds())), reads);
            saturated = load.run(0, window, reads);
            paced = load.run(rate, run, reads);
        }
        double hostAfter = HostCheck.millis();
        client.delete(token(), jobId);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", "latency");
        r.put("results", results);
        r.put("clients", clients);
        r.put("rate_per_client", rate);
        r.put("seconds", run.toSeconds());
        r.put("requests", paced.latencies().length);
        r.put("requests_per_s", Math.round(paced.latencies().length / (double) run.toSeconds()));
        r.put("p50_ms", ms(paced.latencies(), 0.50));
        r.put("p95_ms", ms(paced.latencies(), 0.95));
        r.put("p99_ms", ms(paced.latencies(), 0.99));
        r.put("max_ms", ms(paced.latencies(), 1));
        r.put("errors", paced.errors());
        if (paced.firstError() != null) {
            r.put("first_error", paced.firstError());
        }
        r.put("warmup_seconds", Math.max(warmUp, 2 * window.toSeconds()));
        r.put("cold_requests_per_s", Math.round(cold.latencies().length / (double) window.toSeconds()));
        r.put("cold_p95_ms", ms(cold.latencies(), 0.95));
        r.put("saturated_requests_per_s", Math.round(saturated.latencies().length / (double) window.toSeconds()));
        r.put("saturated_p95_ms", ms(saturated.latencies(), 0.95));
        r.put("warmup_errors", cold.errors() + warm.errors() + saturated.errors());
        r.put("host_check_ms_before", hostBefore); // see HostCheck: the host's own speed, before and after the load
        r.put("host_check_ms_after", hostAfter);
        return r;
    }

    /** A random page of 50 results of a job of {@code results} items, or (one time in four) the job's detail. */
    private static Supplier<String> jobReads(String jobId, int results) {
        int pages = (results + 49) / 50;
        return () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return random.nextInt(4) == 0 ? "/jobs/" + jobId
                    : "/jobs/" + jobId + "/results?page=" + (1 + random.nextInt(pages)) + "&per_page=50";
        };
    }

    private String token() throws Exception {
        return client.token("alice");
    }

    /** A seller's export: code, name, SKU; one row in fifty has a broken check digit. */
    private Path csv(int count) throws IOException {
        Path file = Files.createTempFile(Path.of(option("work")), "intake-", ".csv");
        Random random = new Random(1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ean;name;sku\n");
            for (int i = 0; i < count; i++) {
                out.write(code(random, i));
                out.write(";Produit de test numéro " + i + ";SKU-" + i + "\n");
            }
        }
        return file;
    }

    /** The same as an Excel workbook: codes typed as numbers, names as shared strings, as Excel saves them. */
    private Path xlsx(int count) throws IOException {
        Path file = Files.createTempFile(Path.of(option("work")), "intake-", ".xlsx");
        Random random = new Random(1);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("codes");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("ean");
            header.createCell(1).setCellValue("name");
            header.createCell(2).setCellValue("sku");
            for (int i = 0; i < count; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(Double.parseDouble(code(random, i)));
                row.createCell(1).setCellValue("Produit de test numéro " + i);
                row.createCell(2).setCellValue("SKU-" + i);
            }
            workbook.write(out);
        }
        return file;
    }

    private Path directImport(int count) throws IOException {
        Path file = Files.createTempFile(Path.of(option("work")), "results-", ".csv");
        Random random = new Random(2);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ean;asin;name\n");
            for (int i = 0; i < count; i++) {
                String body = "40" + String.format("%010d", random.nextLong(10_000_000_000L));
                out.write(body + CodeParser.checkDigit(body) + ";B0" + String.format("%08d", i) + ";Produit " + i + "\n");
            }
        }
        return file;
    }

    private static String code(Random random, int i) {
        String body = "40" + String.format("%010d", random.nextLong(10_000_000_000L));
        int check = CodeParser.checkDigit(body);
        return body + (i % 50 == 49 ? (check + 1) % 10 : check);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : round(sorted[(int) Math.min(sorted.length - 1, quantile * sorted.length)] / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private String option(String key) {
        return options.get(key);
    }
}
