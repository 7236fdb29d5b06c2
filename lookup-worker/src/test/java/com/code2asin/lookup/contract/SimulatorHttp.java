package com.code2asin.lookup.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/** The {@link SimulatorProcess}'s control endpoints (/sim/config, /sim/stats...) as the contract tests call them. */
final class SimulatorHttp {

    /** HTTP/1.1: the JDK client's h2c upgrade to the simulator can stall a test. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SimulatorHttp() {
    }

    /** The body of a call that must succeed; {@code json} may be null (no body). */
    static String simulator(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = HTTP.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        return r.body();
    }

    static String simulator(String method, String path) throws Exception {
        return simulator(method, path, null);
    }

    /** Read when used: a config property injected here would be required by every @QuarkusTest of the module. */
    static String url() {
        return ConfigProvider.getConfig().getValue("contract.simulator-url", String.class);
    }
}
