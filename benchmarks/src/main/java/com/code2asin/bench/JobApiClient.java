package com.code2asin.bench;

import com.code2asin.testing.RealmTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * job-api (or lookup-worker) over HTTP as the benches drive it: real Keycloak tokens of the local realm's users, JSON
 * answers.
 */
final class JobApiClient {

    static final String JOBS = "/api/v1/code2asin/jobs";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String realm;

    /** {@code base}: job-api's address, {@code http://127.0.0.1:8080}. */
    /** {@code realm}: the Keycloak realm's URL, as the services know it (a token names where it was asked). */
    JobApiClient(String base, String realm) {
        this.base = base;
        this.realm = realm;
    }

    /**
     * An access token of a realm user (password grant of the CLI client), as the tests get theirs; Keycloak away or
     * refusing is an IOException, as any other failed call of a bench.
     */
    String token(String user) throws IOException {
        try {
            return RealmTokens.token(realm, "code2asin-cli", user);
        } catch (AssertionError | RuntimeException e) {
            throw new IOException("no token from Keycloak for " + user + ": " + e.getMessage(), e);
        }
    }

    /** Creates a job from a file (multipart, streamed from disk); answers the 201's body. */
    JsonNode upload(String token, Path file, boolean lookUp, String options) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        String head = part(boundary, "use_amazon_api", String.valueOf(lookUp))
                + (options == null ? "" : part(boundary, "options", options))
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + JOBS))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
                .build();
        return expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 201, "upload of " + file);
    }

    JsonNode get(String token, String path) throws IOException, InterruptedException {
        return expect(send(token, path, "GET"), 200, "GET " + path);
    }

    JsonNode post(String token, String path, int status) throws IOException, InterruptedException {
        return expect(send(token, path, "POST"), status, "POST " + path);
    }

    /** A JSON body PUT to {@code path}; answers the 200's body. */
    JsonNode put(String token, String path, String body) throws IOException, InterruptedException {
        return expect(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(1))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()),
                200, "PUT " + path);
    }

    /** Deletes a job: a million rows left behind by every run would slow the runs after it. */
    void delete(String token, String jobId) throws IOException, InterruptedException {
        HttpResponse<String> response = send(token, JOBS + "/" + jobId, "DELETE");
        if (response.statusCode() != 204) {
            throw new IOException("delete of job " + jobId + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** Reads a download to its end as a client of a large file does, as a stream; answers its bytes. */
    long download(String token, String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + response.statusCode());
            }
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** The status of a GET, or -1 when the connection failed. */
    int status(String token, String path) throws InterruptedException {
        try {
            return send(token, path, "GET").statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private HttpResponse<String> send(String token, String path, String method)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(5)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode expect(HttpResponse<String> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
