package com.code2asin.images.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.images.domain.HostPolicy;
import com.code2asin.images.domain.ImageRejectedException;
import com.code2asin.images.service.TestImages;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The downloader against a local image server, with a DNS of the test's own that counts its questions. */
class ImageDownloaderTest {

    private static final int CAP = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** TEST-NET-2: public as far as the policy knows, and nothing there answers with an image. */
    private static final String PUBLIC_IP = "198.51.100.7";

    private static Vertx vertx;
    private static HttpServer server;
    private static byte[] jpeg;
    private static final Queue<String> REQUESTS = new ConcurrentLinkedQueue<>();
    private static final Map<String, String> HOST_HEADERS = new ConcurrentHashMap<>();
    private static volatile CountDownLatch bodyCutOff;

    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        vertx = Vertx.vertx();
        jpeg = TestImages.jpeg(64, 48, 1);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ImageDownloaderTest::serve);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void forget() {
        REQUESTS.clear();
        HOST_HEADERS.clear();
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(path);
        HOST_HEADERS.put(path, exchange.getRequestHeaders().getFirst("Host"));
        try (exchange) {
            switch (path) {
                case "/a.jpg" -> send(exchange, 200, "image/jpeg", jpeg);
                case "/page.html" -> send(exchange, 200, "text/html; charset=utf-8", "<html/>".getBytes());
                case "/to-a" -> redirect(exchange, "/a.jpg");
                case "/to-private" -> redirect(exchange, "http://10.0.0.1/a.jpg");
                case "/loop" -> redirect(exchange, "/loop");
                case "/declared-huge.jpg" -> huge(exchange, 100L * CAP);
                case "/endless.jpg" -> huge(exchange, 0);
                case "/trickle.jpg" -> trickle(exchange);
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** A body of that Content-Length (0: chunked, without end) that only the client closing the connection stops. */
    private static void huge(HttpExchange exchange, long length) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, length);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[8192];
        try {
            for (int i = 0; i < 800; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException closedByTheClient) {
            bodyCutOff.countDown();
        }
    }

    /** Announces a small image and sends it a byte every 300 ms. */
    private static void trickle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, 100);
        try {
            for (int i = 0; i < 100; i++) {
                exchange.getResponseBody().write(0);
                exchange.getResponseBody().flush();
                Thread.sleep(300);
            }
        } catch (IOException | InterruptedException gone) {
            // the client gave up
        }
    }

    /** A downloader whose policy allows these hosts and asks this DNS, answer after answer. */
    private ImageDownloader downloader(List<String> hosts, String... answers) {
        AtomicInteger asked = new AtomicInteger();
        HostPolicy policy = new HostPolicy(hosts, host -> {
            lookups.incrementAndGet();
            int n = asked.getAndIncrement();
            if (n >= answers.length) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(answers[n])};
        });
        return new ImageDownloader(vertx, policy, TIMEOUT, CAP);
    }

    private static URI url(String host, String path) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
    }

    @Test
    void connectsToTheAddressThePolicyCheckedAndNamesTheUrlsHost() throws Exception {
        // "cdn" is known to the test's DNS only: the download reaches the server through the checked address
        ImageDownloader.Download download = downloader(List.of("cdn"), "127.0.0.1").download(url("cdn", "/a.jpg"));

        assertArrayEquals(jpeg, download.body());
        assertEquals("image/jpeg", download.contentType());
        assertEquals(1, lookups.get(), "one lookup, by the policy");
        assertEquals("cdn:" + server.getAddress().getPort(), HOST_HEADERS.get("/a.jpg"));
    }

    @Test
    void aSecondDnsAnswerIsNeverConnectedTo() {
        // DNS rebinding: a public address for the check, then the loopback where the local server listens
        ImageDownloader rebound = downloader(List.of("images.example.com"), PUBLIC_IP, "127.0.0.1", "127.0.0.1");

        String reason = assertThrows(ImageRejectedException.class,
                () -> rebound.download(url("images.example.com", "/a.jpg"))).getMessage();

        assertEquals(1, lookups.get(), "the name is resolved once, by the policy");
        assertEquals(List.of(), List.copyOf(REQUESTS), "nothing reached the local server");
        assertTrue(reason.contains(" at " + PUBLIC_IP), "the connection went to the checked address: " + reason);
    }

    @Test
    void everyRedirectGoesThroughThePolicyAgain() throws Exception {
        ImageDownloader downloader = downloader(List.of("cdn"), "127.0.0.1", "127.0.0.1");
        assertArrayEquals(jpeg, downloader.download(url("cdn", "/to-a")).body());
        assertEquals(2, lookups.get(), "one lookup a hop");

        String reason = assertThrows(ImageRejectedException.class,
                () -> downloader(List.of("cdn"), "127.0.0.1").download(url("cdn", "/to-private"))).getMessage();
        assertTrue(reason.contains("host 10.0.0.1 is not in image-fetcher.allowed-hosts"), reason);

        reason = assertThrows(ImageRejectedException.class,
                () -> downloader(List.of("cdn"), "127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1")
                        .download(url("cdn", "/loop"))).getMessage();
        assertTrue(reason.contains("more than 3 redirects"), reason);
    }

    @Test
    void refusesErrorsAndWhatIsNotAnImage() {
        String reason = assertThrows(ImageRejectedException.class,
                () -> downloader(List.of("127.0.0.1")).download(url("127.0.0.1", "/missing.jpg"))).getMessage();
        assertTrue(reason.startsWith("HTTP 404 from "), reason);

        reason = assertThrows(ImageRejectedException.class,
                () -> downloader(List.of("127.0.0.1")).download(url("127.0.0.1", "/page.html"))).getMessage();
        assertTrue(reason.contains("Content-Type 'text/html' is not"), reason);
    }

    @Test
    void aBodyOverTheCapIsRefusedAndItsConnectionClosed() throws Exception {
        bodyCutOff = new CountDownLatch(2);
        ImageDownloader downloader = downloader(List.of("127.0.0.1"));
        String reason = assertThrows(ImageRejectedException.class,
                () -> downloader.download(url("127.0.0.1", "/declared-huge.jpg"))).getMessage();
        assertTrue(reason.contains("image larger than " + CAP + " bytes"), reason);

        reason = assertThrows(ImageRejectedException.class,
                () -> downloader.download(url("127.0.0.1", "/endless.jpg"))).getMessage();
        assertTrue(reason.contains("image larger than " + CAP + " bytes"), reason);
        assertTrue(bodyCutOff.await(10, TimeUnit.SECONDS), "the server saw both connections closed");
    }

    @Test
    void aBodyTricklingPastTheDeadlineIsAbandoned() {
        String reason = assertThrows(ImageRejectedException.class,
                () -> downloader(List.of("127.0.0.1")).download(url("127.0.0.1", "/trickle.jpg"))).getMessage();
        assertTrue(reason.startsWith("no answer within 2 s from "), reason);
    }

    @Test
    void anAddressListIsTriedInOrderUntilOneTakesTheConnection() throws Exception {
        // the first checked address refuses (nothing listens on 127.0.0.2 at that port), the second serves
        HostPolicy policy = new HostPolicy(List.of("cdn"), host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getByName("127.0.0.2"), InetAddress.getByName("127.0.0.1")};
        });
        assertArrayEquals(jpeg, new ImageDownloader(vertx, policy, TIMEOUT, CAP).download(url("cdn", "/a.jpg")).body());
        assertEquals(1, lookups.get());
    }
}
