package com.code2asin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hostile uploads and requests of {@code ./code2asin bench hostile} and of the end-to-end suite, each sent to
 * job-api as a tenant would: every one must be answered with a 4xx naming what is wrong, never a 5xx, a hang or a
 * service out of memory.
 */
public final class HostileRequests {

    /**
     * How job-api answered one case. A file in another encoding is no attack: it must be read right (one code, none
     * invalid); everything else must be refused with a 4xx.
     */
    public record Answer(String name, int status, String detail) {
        public boolean asExpected() {
            if (DECODED.contains(name)) {
                return status == 201 && detail.contains("\"total_codes\":1,") && detail.contains("\"invalid_codes\":0");
            }
            return status >= 400 && status < 500;
        }
    }

    private static final List<String> DECODED = List.of("utf16_without_bom", "windows_1252");

    @FunctionalInterface
    private interface Attack {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static final String JOBS = "/api/v1/code2asin/jobs";
    // far past the 110 MB multipart body limit: more than the sockets buffer once job-api cuts it and stops reading
    private static final long CHUNKED_BYTES = 300L << 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;
    private final Path work;

    /** {@code base}: job-api's address; {@code token}: a WRITE user's; {@code work}: where the files are made. */
    public HostileRequests(String base, String token, Path work) {
        this.base = base;
        this.token = token;
        this.work = work;
    }

    /** The case names, in the order {@link #send} runs them. */
    public static List<String> names() {
        return List.of("cell_reference_bomb", "wide_row", "zip_bomb", "xxe", "binary", "utf16_without_bom",
                "windows_1252", "too_many_codes", "huge_json", "json_items_bomb", "json_chunked", "chunked_over_limit",
                "not_a_multipart");
    }

    public Answer send(String name) throws IOException, InterruptedException {
        Attack attack = switch (name) {
            case "cell_reference_bomb" -> () -> upload(HostileFiles.cellReferenceBomb(work));
            case "wide_row" -> () -> upload(HostileFiles.wideRow(work));
            case "zip_bomb" -> () -> upload(HostileFiles.zipBomb(work));
            case "xxe" -> () -> upload(HostileFiles.xxe(work));
            case "binary" -> () -> upload(HostileFiles.binary(work));
            case "utf16_without_bom" -> () -> upload(HostileFiles.utf16WithoutBom(work));
            case "windows_1252" -> () -> upload(HostileFiles.latin1(work));
            case "too_many_codes" -> () -> upload(HostileFiles.tooManyCodes(work));
            case "huge_json" -> this::hugeJson;
            case "json_items_bomb" -> this::jsonItemsBomb;
            case "json_chunked" -> () -> post("application/json", HttpRequest.BodyPublishers.ofInputStream(() ->
                    text("{\"items\":[{\"code\":\"3017620422003\"}]}"))); // no length: it could be endless
            case "chunked_over_limit" -> this::chunkedOverLimit;
            case "not_a_multipart" -> () -> post("multipart/form-data; boundary=x",
                    HttpRequest.BodyPublishers.ofString("--y\r\nnothing of the kind\r\n"));
            default -> throw new IllegalArgumentException("unknown case " + name + "; one of " + names());
        };
        try {
            HttpResponse<String> response = attack.send();
            String body = response.body();
            return new Answer(name, response.statusCode(), body.length() > 400 ? body.substring(0, 400) : body);
        } catch (IOException e) {
            // job-api may answer 413 and close before the whole body was sent: the client sees a broken pipe
            return new Answer(name, -1, "connection closed: " + e.getMessage());
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A 40 MB JSON body (past max-json-bytes, 32 MB) of valid items, its Content-Length announced. */
    private HttpResponse<String> hugeJson() throws IOException, InterruptedException {
        String item = "{\"code\":\"3017620422003\",\"name\":\"" + "x".repeat(200) + "\"},";
        return post("application/json", jsonItems(item, (40 << 20) / item.length()));
    }

    /** Under the byte limit but over the code limit: 1,100,000 tiny items, to be counted while they stream in. */
    private HttpResponse<String> jsonItemsBomb() throws IOException, InterruptedException {
        return post("application/json", jsonItems("{\"code\":\"1\"},", 1_100_000));
    }

    /** {"items":[item x count, one more]} with its length, made as it is sent. */
    private static HttpRequest.BodyPublisher jsonItems(String item, int count) {
        String head = "{\"items\":[";
        String tail = "{\"code\":\"1\"}]}";
        long length = head.length() + (long) item.length() * count + tail.length();
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                new SequenceInputStream(new SequenceInputStream(text(head), repeat(item, count)), text(tail))), length);
    }

    /** A multipart upload sent chunked (no Content-Length) that goes on past the body limit. */
    private HttpResponse<String> chunkedOverLimit() throws IOException, InterruptedException {
        String boundary = "hostile-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nean\n";
        String line = "3017620422003\n";
        return post("multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofInputStream(() ->
                new SequenceInputStream(new SequenceInputStream(text(head),
                        repeat(line, (int) (CHUNKED_BYTES / line.length()))), text("\r\n--" + boundary + "--\r\n"))));
    }

    private HttpResponse<String> upload(Path file) throws IOException, InterruptedException {
        String boundary = "hostile-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"use_amazon_api\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        return post("multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head), HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")));
    }

    private HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + JOBS)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).timeout(Duration.ofMinutes(3)).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static InputStream text(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code s} {@code times} times, made as it is read. */
    private static InputStream repeat(String s, int times) {
        byte[] unit = s.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long left = (long) unit.length * times;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                return unit[(int) (unit.length - 1 - (--left % unit.length))] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
    }

    /** Answers as JSON-ready maps, for the bench's output. */
    static Map<String, Object> asMap(Answer answer) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("case", answer.name());
        map.put("status", answer.status());
        map.put("detail", answer.detail());
        return map;
    }

    static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? names() : new ArrayList<>(Arrays.asList(csv.split(",")));
    }
}
