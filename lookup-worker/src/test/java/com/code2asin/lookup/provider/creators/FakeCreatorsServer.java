package com.code2asin.lookup.provider.creators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A local HTTP server standing in for the Creators API and its token endpoints: it records every request and answers
 * with scripted fixture bodies (searchItems replies in order, then "no results"; tokens from {@code token.json}).
 */
final class FakeCreatorsServer implements AutoCloseable {

    record Received(String method, String path, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    record Reply(int status, String body, Map<String, String> headers) {

        static Reply ok(String fixture) {
            return new Reply(200, Fixtures.text(fixture), Map.of());
        }

        static Reply status(int status, String fixture) {
            return new Reply(status, Fixtures.text(fixture), Map.of());
        }

        Reply withHeader(String name, String value) {
            return new Reply(status, body, Map.of(name, value));
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedDeque<Reply> searchReplies = new ConcurrentLinkedDeque<>();
    final ConcurrentLinkedDeque<Reply> tokenReplies = new ConcurrentLinkedDeque<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile long searchDelayMs;
    private final HttpServer server;

    FakeCreatorsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> searches() {
        return received.stream().filter(r -> r.path().equals("/catalog/v1/searchItems")).toList();
    }

    List<Received> tokenRequests() {
        return received.stream().filter(r -> !r.path().startsWith("/catalog/")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue())));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(exchange.getRequestMethod(), path, headers, body));
            Reply reply;
            if (path.startsWith("/catalog/")) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    if (searchDelayMs > 0) {
                        Thread.sleep(searchDelayMs);
                    }
                } finally {
                    // Before the answer leaves: the client may send its next call as soon as it reads this one.
                    inFlight.decrementAndGet();
                }
                Reply next = searchReplies.poll();
                reply = next != null ? next : Reply.ok("search-no-results.json");
            } else {
                Reply next = tokenReplies.poll();
                reply = next != null ? next : Reply.ok("token.json");
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
