package com.code2asin.images.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.images.client.ObjectStoreException;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import io.minio.messages.ErrorResponse;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** image-fetcher's own rules on top of the common ones (service-support's TransientFailures, tested there). */
class ConsumerRetriesTest {

    @Test
    void s3AwayOrAnsweringAServerErrorIsTriedAgain() {
        assertTrue(ConsumerRetries.passes(new ObjectStoreException("cannot stat", new ConnectException("refused"))));
        assertTrue(ConsumerRetries.passes(new ObjectStoreException("cannot put",
                new ServerException("Service Unavailable", 503, null))));
        assertTrue(ConsumerRetries.passes(new ObjectStoreException("cannot put", s3Error(503, "SlowDown"))));
        assertTrue(ConsumerRetries.passes(new HibernateException(
                new PgException("terminating connection", "FATAL", "57P01", null))));
    }

    @Test
    void s3RefusingOrABugIsNotTriedAgain() {
        assertFalse(ConsumerRetries.passes(new ObjectStoreException("cannot put", s3Error(403, "AccessDenied"))));
        assertFalse(ConsumerRetries.passes(new ObjectStoreException("cannot put",
                new ServerException("Bad Request", 400, null))));
        assertFalse(ConsumerRetries.passes(new ObjectStoreException("cannot put", new IllegalStateException("bug"))));
        assertFalse(ConsumerRetries.passes(new IllegalArgumentException("product_key cannot name an object key")));
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
