package com.code2asin.e2e;

import com.code2asin.model.Topics;
import com.code2asin.testing.BackingServices;
import com.code2asin.testing.ConsumerGroups;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged services ({@code target/quarkus-app}) as separate processes on ports of their own, against
 * the PostgreSQL, Kafka, S3 and Keycloak of {@link BackingServices} (the local ones {@code ./code2asin test} started,
 * or containers), once for all test classes, and stops them when the run ends. Their logs are in
 * {@code e2e-tests/target/e2e-logs}.
 */
public class Suite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final int SIMULATOR = 18089;
    public static final int JOB_API = 18080;
    public static final int LOOKUP_WORKER = 18081;
    public static final int IMAGE_FETCHER = 18082;
    public static final int EXPORT_SERVICE = 18083;
    static final int SPAN_COLLECTOR = 18318;
    private static final int MANAGEMENT_OFFSET = 100;
    /**
     * Every service sends the spans it samples to {@link #spans}, as to a platform's collector; the ratio stays 0, so
     * only a request that comes with a sampled traceparent (as TracingIT's) is traced, and the other tests pay nothing.
     */
    private static final List<String> TRACES = List.of(
            "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
            "-Dquarkus.otel.exporter.otlp.traces.endpoint=http://127.0.0.1:" + SPAN_COLLECTOR,
            "-Dquarkus.otel.bsp.schedule.delay=500ms");
    static SpanCollector spans;

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LOGS = Path.of("target", "e2e-logs");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    /**
     * The services that touch every item of a job run on a heap far smaller than a large job, so that anything
     * holding a whole job fails {@link BoundedMemoryIT} (and ends the process: exit on OutOfMemoryError).
     */
    static final Map<String, String> HEAP = Map.of("job-api", "96m", "export-service", "96m");
    private static final String DEFAULT_HEAP = "384m";

    private static boolean started;
    private static final Map<String, Process> RUNNING = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();

    public static String jobApi() {
        return "http://127.0.0.1:" + JOB_API;
    }

    /** Where a service (not the simulator) serves /q/health and /q/metrics: its management port, HTTP port + 100. */
    public static String management(int port) {
        return "http://127.0.0.1:" + (port + MANAGEMENT_OFFSET);
    }

    /** The first page of a job's results once the job is completed, looked at for 2 minutes at most. */
    static io.restassured.path.json.JsonPath completedResults(String token, String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        io.restassured.path.json.JsonPath page;
        do {
            page = io.restassured.RestAssured.given().auth().oauth2(token)
                    .get(jobApi() + "/api/v1/code2asin/jobs/" + jobId + "/results")
                    .then().statusCode(200).extract().jsonPath();
            if ("completed".equals(page.getString("job_status"))) {
                return page;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("job " + jobId + " did not complete in 2 minutes: " + page.prettify());
    }

    /** An export asked for, looked at until export-service answered it (done or failed), for 60 s at most. */
    static io.restassured.path.json.JsonPath answeredExport(String token, String statusUrl)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        io.restassured.path.json.JsonPath export;
        do {
            export = io.restassured.RestAssured.given().auth().oauth2(token).get(jobApi() + statusUrl)
                    .then().statusCode(200).extract().jsonPath();
            if (!"requested".equals(export.getString("status"))) {
                return export;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return export;
    }

    /**
     * The tests look codes up with the platform's account: an account a tenant stored earlier on this machine (a bench
     * run, a demo) is sealed with another key and would fail their lookups as auth.
     */
    private static void forgetTenantAccounts() throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                BackingServices.endpoints().jdbcUrl(), "lookup", "lookup_pw");
             java.sql.Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM lookup.tenant_account");
        } catch (java.sql.SQLException e) {
            if (!"42P01".equals(e.getSQLState())) { // no table yet: lookup-worker has not migrated this database
                throw e;
            }
        }
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        started = true;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Suite.class.getName(), this);
        Files.createDirectories(LOGS);
        spans = new SpanCollector(SPAN_COLLECTOR);
        forgetTenantAccounts();
        // a test JVM ended by Ctrl-C or a timeout does not run close(): the services must not outlive it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> processes.forEach(Process::destroyForcibly)));
        String sim = "http://127.0.0.1:" + SIMULATOR;
        Map<String, List<String>> apps = new LinkedHashMap<>();
        apps.put("amazon-simulator", List.of("-Dquarkus.http.port=" + SIMULATOR, "-Dsimulator.image-base-url=" + sim));
        apps.put("job-api", withFreshGroup("e2e-job-api", Map.of("batch-done", Topics.BATCH_DONE,
                "images-stored", Topics.IMAGES_STORED, "export-done", Topics.EXPORT_DONE,
                "job-commands", Topics.JOB_COMMANDS), "-Dquarkus.http.port=" + JOB_API, managementOn(JOB_API),
                "-Djob-api.metrics-every=1s", // MetricsIT reads the jobs by state
                "-Djob-api.console.lookup-url=http://127.0.0.1:" + LOOKUP_WORKER, // ConsoleIT's single-code lookup
                "-Dquarkus.log.console.json.enabled=true")); // as in production: JsonLogsIT reads its lines
        apps.put("lookup-worker", withFreshGroup("e2e-lookup-worker",
                Map.of("lookup-requested", Topics.LOOKUP_REQUESTED), "-Dquarkus.http.port=" + LOOKUP_WORKER,
                "-Dquarkus.http.cors.origins=http://127.0.0.1:" + JOB_API, // the console's origin
                managementOn(LOOKUP_WORKER),
                "-Dquarkus.rest-client.sp-api.url=" + sim, "-Dquarkus.rest-client.lwa.url=" + sim,
                // production refuses to start without credentials; these are the simulator's
                "-Dlookup-worker.sp-api.client-id=amzn1.application-oa2-client.code2asin-local",
                "-Dlookup-worker.sp-api.client-secret=local-secret",
                "-Dlookup-worker.sp-api.refresh-token=Atzr|code2asin-local",
                "-Dlookup-worker.creators.client-id=code2asin-local-creators",
                "-Dlookup-worker.creators.client-secret=local-creators-secret",
                // the simulator grants any pricing rate; Amazon's 0.1 calls/s would make each priced job crawl
                "-Dlookup-worker.quota.sp-api-pricing.rate=20",
                "-Dlookup-worker.accounts.encryption-key=ZTJlLWtleS1zZWFsaW5nLXRlbmFudC1hY2NvdW50cyE="));
        apps.put("image-fetcher", withFreshGroup("e2e-image-fetcher",
                Map.of("image-requested", Topics.IMAGE_REQUESTED), "-Dquarkus.http.port=" + IMAGE_FETCHER,
                managementOn(IMAGE_FETCHER),
                // loopback is refused by default: the simulator serves the images here
                "-Dimage-fetcher.allowed-hosts=127.0.0.1"));
        apps.put("export-service", withFreshGroup("e2e-export-service", Map.of("jobs", Topics.JOBS,
                "export-requested", Topics.EXPORT_REQUESTED), "-Dquarkus.http.port=" + EXPORT_SERVICE,
                managementOn(EXPORT_SERVICE)));
        Map<String, Integer> ports = Map.of("amazon-simulator", SIMULATOR, "job-api", JOB_API,
                "lookup-worker", LOOKUP_WORKER, "image-fetcher", IMAGE_FETCHER, "export-service", EXPORT_SERVICE);
        for (var app : ports.entrySet()) {
            refuseIfTaken(app.getKey(), app.getValue());
            if (!app.getKey().equals("amazon-simulator")) {
                refuseIfTaken(app.getKey(), app.getValue() + MANAGEMENT_OFFSET);
            }
        }
        Map<String, Process> running = new LinkedHashMap<>();
        for (var app : apps.entrySet()) {
            Process process = start(app.getKey(), app.getValue());
            processes.add(process);
            running.put(app.getKey(), process);
            RUNNING.put(app.getKey(), process);
        }
        for (var app : running.entrySet()) {
            int port = ports.get(app.getKey());
            awaitReady(app.getKey(), app.getKey().equals("amazon-simulator") ? "http://127.0.0.1:" + port
                    : management(port), app.getValue());
        }
    }

    /**
     * The modules tested before this one leave records on the shared topics (a fresh machine has no committed
     * offsets): the services start at the end of them, so this run's events are not queued behind that backlog.
     */
    private static List<String> withFreshGroup(String prefix, Map<String, String> topicByChannel,
                                               String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        ConsumerGroups.freshAtTheEnd(prefix, topicByChannel).forEach((key, value) -> all.add("-D" + key + "=" + value));
        return all;
    }

    /** A service left over from an aborted run would answer in place of the build under test. */
    private static void refuseIfTaken(String name, int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            throw new IllegalStateException("port " + port + " for " + name + " is already in use, probably by a "
                    + "service of an earlier run that did not stop: stop it (ss -ltnp 'sport = :" + port + "')");
        } catch (IOException free) {
            // nothing listens: the port is ours
        }
    }

    private static Process start(String name, List<String> properties) throws IOException {
        Path jar = ROOT.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-Xmx" + HEAP.getOrDefault(name, DEFAULT_HEAP));
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (!name.equals("amazon-simulator")) { // the backing services' addresses where they differ from the config
            BackingServices.configOverrides().forEach((key, value) -> command.add("-D" + key + "=" + value));
        }
        if (!name.equals("amazon-simulator")) {
            command.addAll(TRACES);
            command.add("-Dcode2asin.metrics.dead-letters-every=1s"); // MetricsIT reads the dead-letter counts
        }
        command.addAll(properties);
        command.add("-jar");
        command.add(jar.toString());
        File log = LOGS.resolve(name + ".log").toFile();
        return new ProcessBuilder(command).directory(ROOT.resolve(name).toFile())
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Whether the service is still running; its log, when it is not, says why. */
    static boolean alive(String name) {
        Process process = RUNNING.get(name);
        return process != null && process.isAlive();
    }

    static Path log(String name) {
        return LOGS.resolve(name + ".log");
    }

    private static String managementOn(int port) {
        return "-Dquarkus.management.port=" + (port + MANAGEMENT_OFFSET);
    }

    /** Waits until {@code base}/q/health/ready answers 200: the simulator's HTTP port, a service's management port. */
    private static void awaitReady(String name, String base, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create(base + "/q/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " during start-up; see e2e-tests/target/e2e-logs/" + name + ".log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready on " + base + " after " + START_TIMEOUT
                + "; see e2e-tests/target/e2e-logs/" + name + ".log");
    }

    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        spans.close();
    }
}
