package com.code2asin.images.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.images.client.ObjectStoreException;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import io.minio.messages.ErrorResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsumerRetriesTest {

    private static Vertx vertx;

    private final ConsumerRetries retries = new ConsumerRetries(vertx, 3, Duration.ofMillis(10));
    /** The Vert.x context each try ran on. */
    private final List<Context> tries = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Fails with these failures, one a try, then succeeds. */
    private Supplier<Uni<String>> failing(Throwable... failures) {
        return () -> {
            tries.add(Vertx.currentContext());
            int tried = tries.size();
            return tried <= failures.length
                    ? Uni.createFrom().failure(failures[tried - 1])
                    : Uni.createFrom().item("done");
        };
    }

    /** Applies the work from a Vert.x context, as the Kafka connector calls the consumer. */
    private CompletableFuture<String> applyOn(Context context, Supplier<Uni<String>> work) {
        CompletableFuture<String> result = new CompletableFuture<>();
        context.runOnContext(start -> retries.apply("test request", work)
                .subscribe().with(result::complete, result::completeExceptionally));
        return result;
    }

    @Test
    void aFailureThatPassesIsTriedAgainOnTheSameContextUntilItSucceeds() throws Exception {
        Context context = vertx.getOrCreateContext();
        Throwable s3Down = new ObjectStoreException("cannot put", new ConnectException("Connection refused"));
        Throwable pgRestarting = new HibernateException(
                new PgException("terminating connection", "FATAL", "57P01", null));

        assertEquals("done", applyOn(context, failing(s3Down, pgRestarting)).get(10, TimeUnit.SECONDS));

        assertEquals(3, tries.size());
        tries.forEach(tried -> assertSame(context, tried, "every try runs where the reactive session lives"));
    }

    @Test
    void aPermanentFailureIsNotTriedAgain() {
        IllegalArgumentException invalid = new IllegalArgumentException("product_id cannot name an object key");

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> applyOn(vertx.getOrCreateContext(), failing(invalid)).get(10, TimeUnit.SECONDS));

        assertSame(invalid, failed.getCause());
        assertEquals(1, tries.size());
    }

    @Test
    void aFailureThatLastsGoesOnAfterTheRetries() {
        Throwable down = new ObjectStoreException("cannot put", new ConnectException("Connection refused"));

        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> applyOn(vertx.getOrCreateContext(), failing(down, down, down, down, down))
                        .get(10, TimeUnit.SECONDS));

        assertSame(down, failed.getCause());
        assertEquals(4, tries.size(), "the first try and 3 retries");
    }

    @Test
    void waitsGrowToEightTimesTheDelay() {
        assertEquals(List.of(10L, 20L, 40L, 80L, 80L),
                List.of(1, 2, 3, 4, 5).stream().map(n -> retries.backOff(n).toMillis()).toList());
    }

    @Test
    void tellsFailuresThatPassFromTheOthers() {
        assertTrue(ConsumerRetries.passes(new ObjectStoreException("cannot stat", new ConnectException("refused"))));
        assertTrue(ConsumerRetries.passes(new ObjectStoreException("cannot put",
                new ServerException("Service Unavailable", 503, null))));
        assertTrue(ConsumerRetries.passes(new ObjectStoreException("cannot put", s3Error(503, "SlowDown"))));
        assertTrue(ConsumerRetries.passes(ClosedConnectionException.INSTANCE));
        for (String state : List.of("08006", "40001", "40P01", "53300", "57P01", "57P03", "55P03")) {
            assertTrue(ConsumerRetries.passes(new PgException("m", "ERROR", state, null)), state);
        }

        assertFalse(ConsumerRetries.passes(new PgException("duplicate key", "ERROR", "23505", null)));
        assertFalse(ConsumerRetries.passes(new PgException("syntax", "ERROR", "42601", null)));
        assertFalse(ConsumerRetries.passes(new ObjectStoreException("cannot put", s3Error(403, "AccessDenied"))));
        assertFalse(ConsumerRetries.passes(new ObjectStoreException("cannot put", new IllegalStateException("bug"))));
        assertFalse(ConsumerRetries.passes(new NullPointerException("job_id is required")));
    }

    /** What MinIO throws when S3 answers with an error document. */
    private static ErrorResponseException s3Error(int status, String code) {
        Response response = new Response.Builder()
                .request(new Request.Builder().url("http://127.0.0.1:9000/code2asin/key").build())
                .protocol(Protocol.HTTP_1_1).code(status).message(code).build();
        return new ErrorResponseException(new ErrorResponse(code, code, "code2asin", "key", null, null, null), response,
                null);
    }
}
