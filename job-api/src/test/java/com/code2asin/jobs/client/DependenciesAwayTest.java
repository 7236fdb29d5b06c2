package com.code2asin.jobs.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.code2asin.testing.BackingServices;
import com.code2asin.testing.RealmTokens;
import com.code2asin.testing.BackingServices.Endpoints;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * job-api starts while S3, Kafka and Keycloak are all away (each configured on a port where nothing listens yet):
 * the process runs and is live, readiness answers 503 naming what is missing, a request with a token is a 503
 * problem. When each comes back (the test starts a forwarder on its port) readiness turns up on its own and the API
 * answers: no crash, no restart.
 */
@QuarkusTest
@TestProfile(DependenciesAwayTest.AllAway.class)
class DependenciesAwayTest {

    public static class AllAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.minio.port", String.valueOf(freePort()),
                    "kafka.bootstrap.servers", "127.0.0.1:" + freePort(),
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + freePort() + "/realms/code2asin");
        }
    }

    @ConfigProperty(name = "quarkus.minio.port")
    int s3Port;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    private final List<Forwarder> forwarders = new ArrayList<>();

    @AfterEach
    void stopForwarders() throws IOException {
        for (Forwarder forwarder : forwarders) {
            forwarder.close();
        }
    }

    @Test
    void theServiceRunsUnreadyUntilEachDependencyIsBack() throws Exception {
        given().get(health + "/live").then().statusCode(200);
        given().get(health + "/ready").then().statusCode(503)
                .body("checks.find { it.name == 's3' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 's3' }.data.error", containsString("onnect"))
                .body("checks.find { it.name == 'keycloak' }.status", equalTo("DOWN"))
                .body("checks.find { it.name.contains('Reactive Messaging') }.status", equalTo("DOWN"));
        Endpoints real = BackingServices.endpoints();
        given().auth().oauth2(token(real.realm())).get("/api/v1/code2asin/jobs")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                .body("detail", containsString("identity provider"));

        forwarders.add(new Forwarder(s3Port, real.s3Host(), real.s3Port()));
        awaitReady("s3");
        URI keycloak = URI.create(real.keycloak());
        forwarders.add(new Forwarder(URI.create(realm).getPort(), keycloak.getHost(), keycloak.getPort()));
        URI broker = URI.create("kafka://" + real.kafkaBootstrap());
        forwarders.add(new Forwarder(Integer.parseInt(kafka.substring(kafka.lastIndexOf(':') + 1)), broker.getHost(),
                broker.getPort()));
        awaitReady(null);
        // a token of the realm as job-api reaches it (the issuer names the address the realm was asked at)
        given().auth().oauth2(token(realm)).get("/api/v1/code2asin/jobs").then().statusCode(200);
    }

    /** Waits until readiness check {@code check} is up, or readiness as a whole when {@code check} is null. */
    private void awaitReady(String check) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            var answer = given().get(health + "/ready").then().extract();
            last = answer.asString();
            if (check == null ? answer.statusCode() == 200
                    : "UP".equals(answer.path("checks.find { it.name == '" + check + "' }.status"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError((check == null ? "readiness" : check) + " did not come up: " + last);
    }

    private static String token(String realm) {
        return RealmTokens.token(realm, "code2asin-cli", "alice");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dependency coming back: every connection to {@code port} is passed on to the real one at host:target. */
    static final class Forwarder implements AutoCloseable {

        private final ServerSocket server;

        Forwarder(int port, String host, int target) throws IOException {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(host, target);
                        Thread.ofVirtual().start(() -> pipe(client, upstream));
                        Thread.ofVirtual().start(() -> pipe(upstream, client));
                    } catch (IOException e) {
                        return; // closed
                    }
                }
            });
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
