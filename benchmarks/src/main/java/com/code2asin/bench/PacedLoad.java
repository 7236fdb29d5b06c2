package com.code2asin.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * C clients, each with its own keep-alive connection, sending GETs for a while: R requests a second each on a fixed
 * schedule, or back to back when R is 0. A request that starts late because the previous one was slow counts its wait:
 * latency runs from its scheduled start, so a slow server cannot hide behind fewer requests. All clients share one
 * Vert.x event loop: on a 2-core machine the load generator shares the CPU with the server it measures, and a thread
 * per client on the JDK's HTTP client cost 0.7 ms of CPU a request, as much as PostgreSQL spent answering it.
 */
final class PacedLoad implements AutoCloseable {

    /** Latencies in nanoseconds, sorted; the requests that did not answer 200, and the first of them. */
    record Result(long[] latencies, long errors, String firstError) {
    }

    static {
        // Netty refuses slf4j-nop and falls back to Log4j, whose API (POI's) has no provider here: its own simple
        // logger instead of a "could not find a logging provider" error on every run
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final int clients;
    /** The earliest failed request of a run: written on the event loop, read after the clients are done. */
    private String firstError;

    PacedLoad(URI base, String token, int clients) {
        this.base = base;
        this.clients = clients;
        this.authorization = "Bearer " + token;
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(clients).setMaxWaitQueueSize(-1));
    }

    /** Runs the clients for {@code run}; each request's path (after the base) comes from {@code paths}. */
    Result run(double ratePerClient, Duration run, Supplier<String> paths) throws InterruptedException {
        long interval = ratePerClient > 0 ? (long) (1e9 / ratePerClient) : 0;
        long start = System.nanoTime();
        long end = start + run.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        firstError = null;
        Client[] all = new Client[clients];
        for (int c = 0; c < clients; c++) {
            long offset = interval * c / clients; // clients spread over the interval
            all[c] = new Client(interval, end, paths, done);
            all[c].scheduleAt(start + offset);
        }
        if (!done.await(run.toSeconds() + 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients still waiting for answers two minutes after the run's end");
        }
        long total = Arrays.stream(all).mapToLong(c -> c.count).sum();
        long[] latencies = new long[Math.toIntExact(total)];
        int k = 0;
        long errors = 0;
        for (Client c : all) {
            System.arraycopy(c.samples, 0, latencies, k, c.count);
            k += c.count;
            errors += c.errors;
        }
        Arrays.sort(latencies);
        return new Result(latencies, errors, firstError);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** One client: its requests follow each other, on the event loop only (no locking). */
    private final class Client {
        private final long interval;
        private final long end;
        private final Supplier<String> paths;
        private final CountDownLatch done;
        private long[] samples = new long[1 << 12];
        private int count;
        private long errors;

        Client(long interval, long end, Supplier<String> paths, CountDownLatch done) {
            this.interval = interval;
            this.end = end;
            this.paths = paths;
            this.done = done;
        }

        void scheduleAt(long scheduled) {
            if (scheduled >= end) {
                done.countDown();
                return;
            }
            // rounded up: a request never leaves before its time (Vert.x timers count in milliseconds)
            long waitMs = (scheduled - System.nanoTime() + 999_999) / 1_000_000;
            if (waitMs >= 1) {
                vertx.setTimer(waitMs, id -> send(scheduled));
            } else {
                vertx.runOnContext(v -> send(scheduled));
            }
        }

        private void send(long scheduled) {
            long begin = interval > 0 ? scheduled : System.nanoTime();
            String path = paths.get();
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                    .setPort(base.getPort()).setURI(base.getPath() + path).putHeader("Authorization", authorization);
            http.request(request)
                    .compose(r -> r.send().compose(response -> response.statusCode() == 200
                            ? response.end().map(v -> (String) null)
                            : response.body().map(body -> failure(response, path, body.toString(StandardCharsets.UTF_8)))))
                    .onComplete(outcome -> {
                        if (outcome.failed()) {
                            record(outcome.cause().toString());
                        } else if (outcome.result() != null) {
                            record(outcome.result());
                        }
                        long now = System.nanoTime();
                        add(now - begin);
                        scheduleAt(interval > 0 ? scheduled + interval : now);
                    });
        }

        private String failure(HttpClientResponse response, String path, String body) {
            return response.statusCode() + " " + path + ": " + body.substring(0, Math.min(200, body.length()));
        }

        private void record(String error) {
            errors++;
            firstError = firstError == null ? error : firstError;
        }

        private void add(long latency) {
            if (count == samples.length) {
                samples = Arrays.copyOf(samples, count * 2);
            }
            samples[count++] = latency;
        }
    }
}
