package com.code2asin.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./code2asin bench hostile}: job-api and image-fetcher as deploy/local/bench.sh started them (production
 * settings, job-api at its configured heap with a GC log), fed hostile files, requests and image URLs. One JSON object
 * per case: the status and problem job-api answered, its peak heap during the case (MB in use when a collection ran;
 * 0 when none was needed), its peak resident memory, whether it still answers; for each SSRF target, what
 * image-fetcher stored and whether the loopback server was asked. Exits 1 when a case was not refused cleanly (or,
 * for a file in another encoding, not read right).
 */
public final class HostileBench {

    private static final long HEAP_LIMIT_MB = 512;

    private HostileBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.of(args);
        ObjectMapper json = new ObjectMapper();
        JobApiClient client = new JobApiClient(options.get("api"), options.get("realm"));
        // readiness is on job-api's management port, not the API's
        JobApiClient management = new JobApiClient(options.get("management"), options.get("realm"));
        SuiteWatch suite = new SuiteWatch(List.of("job-api"), options.get("prefix"), Path.of(options.get("logs")),
                Path.of(options.get("pids")));
        Path work = Files.createDirectories(Path.of(options.get("work"), "hostile"));
        boolean allRefused = true;
        for (String name : HostileRequests.split(options.values().get("cases"))) {
            String token = client.token("alice"); // a fresh one per case: some cases take a while
            Map<String, Long> mark = suite.mark();
            HostileRequests.Answer answer = new HostileRequests(options.get("api"), token, work).send(name);
            long peak = suite.peakHeapSince(mark).get("job-api");
            boolean answering = management.status(token, "/q/health/ready") == 200
                    && client.status(token, JobApiClient.JOBS) == 200;
            boolean ok = answer.asExpected() && answering && peak < HEAP_LIMIT_MB && suite.stopped().isEmpty();
            allRefused &= ok;
            Map<String, Object> line = HostileRequests.asMap(answer);
            line.put("job_api_peak_heap_mb", peak);
            line.put("job_api_peak_rss_mb", suite.peakRssMb().get("job-api"));
            line.put("still_answering", answering);
            line.put("ok", ok);
            System.out.println(json.writeValueAsString(line));
        }
        try (SsrfProbe ssrf = new SsrfProbe(options.get("bootstrap"))) {
            for (SsrfProbe.Outcome outcome : ssrf.probe(ssrf.targets(), Duration.ofMinutes(2))) {
                allRefused &= outcome.refused();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("case", "ssrf");
                line.put("url", outcome.url());
                line.put("images_stored", outcome.stored());
                line.put("fetch_failed", outcome.failed());
                line.put("loopback_server_hits", outcome.serverHits());
                line.put("ok", outcome.refused());
                System.out.println(json.writeValueAsString(line));
            }
        }
        System.exit(allRefused ? 0 : 1);
    }
}
