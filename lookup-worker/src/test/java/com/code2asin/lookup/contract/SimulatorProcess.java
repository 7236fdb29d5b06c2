package com.code2asin.lookup.contract;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged amazon-simulator (built earlier in the reactor) as a separate process on a free port, with the
 * worker's Amazon URLs pointed at it. Its log: lookup-worker/target/amazon-simulator.log.
 */
public class SimulatorProcess implements QuarkusTestResourceLifecycleManager {

    /** HTTP/1.1: the JDK client's h2c upgrade to the simulator can stall a test. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final Path JAR = Path.of("..", "amazon-simulator", "target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** A refresh token the simulator accepts besides the platform's. */
    public static final String SECOND_SELLER = "Atzr|second-seller";
    /** A Creators API credential the simulator accepts besides the platform's: id and secret. */
    public static final String SECOND_CREATOR = "second-creator";
    public static final String SECOND_CREATOR_SECRET = "second-secret";

    private Process process;

    @Override
    public Map<String, String> start() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build amazon-simulator first "
                    + "(./mvnw verify from the root does)");
        }
        try {
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            if (Runtime.version().feature() >= 24) {
                command.add("--sun-misc-unsafe-memory-access=allow");
            }
            // a second seller who authorised the app: a tenant's own account in TenantAccountsTest
            command.add("-Dsimulator.lwa.extra-refresh-tokens=" + SECOND_SELLER);
            command.add("-Dsimulator.creators.extra-clients." + SECOND_CREATOR + "=" + SECOND_CREATOR_SECRET);
            command.addAll(List.of("-Xmx256m", "-Dquarkus.http.port=" + port,
                    "-Dsimulator.image-base-url=http://127.0.0.1:" + port, "-jar", JAR.toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "amazon-simulator.log").toFile()).start();
            String url = "http://127.0.0.1:" + port;
            awaitReady(url);
            return Map.of("quarkus.rest-client.sp-api.url", url, "quarkus.rest-client.lwa.url", url,
                    "quarkus.rest-client.creators-api.url", url, "quarkus.rest-client.creators-auth.url", url,
                    "lookup-worker.quota.sp-api.rate", "100", "lookup-worker.quota.creators.rate", "100",
                    "lookup-worker.quota.creators.daily-cap", "0", "contract.simulator-url", url);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the amazon-simulator", e);
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }

    private void awaitReady(String url) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build();
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(300);
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("amazon-simulator not ready; see lookup-worker/target/amazon-simulator.log");
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
