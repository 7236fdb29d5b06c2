package com.code2asin.lookup.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A stand-in for SP-API whose answer depends on the EAN asked for, so one test can make each kind of failure happen:
 * a code ending in the digits of {@link Fault} triggers it; any other code is found, as an item carrying it.
 */
public class FakeSpApi implements QuarkusTestResourceLifecycleManager {

    /**
     * The last two digits before the check digit of a code choose the fault (bodies as docs/amazon.md documents
     * them, "SP-API: errors").
     */
    enum Fault {
        THROTTLED("91", 429, "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"You exceeded your quota for the requested resource.\"}]}"),
        DENIED("92", 403, "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested resource is denied.\",\"details\":\"The access token you provided has expired.\"}]}"),
        INVALID("93", 400, "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid identifier.\"}]}"),
        SERVER_ERROR("94", 500, "{\"errors\":[{\"code\":\"InternalFailure\",\"message\":\"We encountered an internal error. Please try again.\"}]}"),
        MALFORMED("95", 200, "{\"numberOfResults\":1,\"items\":[{\"asin\":"),
        DROPPED("96", 0, null);

        final String digits;
        final int status;
        final String body;

        Fault(String digits, int status, String body) {
            this.digits = digits;
            this.status = status;
            this.body = body;
        }

        static Fault of(String ean) {
            String digits = ean.substring(ean.length() - 3, ean.length() - 1);
            return Arrays.stream(values()).filter(f -> f.digits.equals(digits)).findFirst().orElse(null);
        }
    }

    /** The identifiers of every search call, in the order they came. */
    static final List<List<String>> CALLS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/auth/o2/token", exchange -> send(exchange, 200,
                "{\"access_token\":\"Atza|fake\",\"token_type\":\"bearer\",\"expires_in\":3600}"));
        server.createContext("/catalog/2022-04-01/items", this::search);
        server.createContext("/batches/products/pricing/v0/itemOffers", FakeSpApi::noOffers);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.sp-api.url", url, "quarkus.rest-client.lwa.url", url,
                // fail fast: one retry of each kind, and a quota that never makes the test wait
                "lookup-worker.sp-api.retries", "1",
                "lookup-worker.quota.sp-api.throttle-retries", "1",
                "lookup-worker.quota.sp-api.rate", "1000", "lookup-worker.quota.sp-api-pricing.rate", "1000");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void search(HttpExchange exchange) throws IOException {
        List<String> eans = Arrays.asList(query(exchange).getOrDefault("identifiers", "").split(","));
        CALLS.add(eans);
        for (String ean : eans) {
            Fault fault = Fault.of(ean);
            if (fault == Fault.DROPPED) {
                exchange.close(); // no status line at all: the client sees the connection end
                return;
            }
            if (fault != null) {
                send(exchange, fault.status, fault.body);
                return;
            }
        }
        String items = eans.stream().map(FakeSpApi::item).collect(Collectors.joining(","));
        send(exchange, 200, "{\"numberOfResults\":" + eans.size() + ",\"items\":[" + items + "]}");
    }

    /** getItemOffersBatch: every ASIN asked has no buyable offer. */
    private static void noOffers(HttpExchange exchange) throws IOException {
        JsonNode requests = new ObjectMapper().readTree(exchange.getRequestBody()).path("requests");
        List<String> answers = new java.util.ArrayList<>();
        for (JsonNode request : requests) {
            String asin = request.path("uri").asText().replaceAll(".*/items/([^/]+)/offers", "$1");
            answers.add("""
                    {"status":{"statusCode":200,"reasonPhrase":"OK"},"request":{"Asin":"%s"},"body":{"payload":\
                    {"ASIN":"%s","status":"NoBuyableOffers","Summary":{"TotalOfferCount":0},"Offers":[]}}}"""
                    .formatted(asin, asin));
        }
        send(exchange, 200, "{\"responses\":[" + String.join(",", answers) + "]}");
    }

    private static String item(String ean) {
        return """
                {"asin":"B0%s","identifiers":[{"marketplaceId":"A13V1IB3VIYZZH","identifiers":\
                [{"identifierType":"EAN","identifier":"%s"}]}],"summaries":[{"marketplaceId":"A13V1IB3VIYZZH",\
                "itemName":"Product %s","brand":"Brand"}]}""".formatted(ean.substring(5), ean, ean);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return Arrays.stream(raw == null ? new String[0] : raw.split("&"))
                .map(kv -> kv.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0],
                        kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "", (a, b) -> a));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
