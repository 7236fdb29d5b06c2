package com.code2asin.bench;

import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The amazon-simulator's bench endpoints: request counters and the ground truth of its generated catalog. */
final class Simulator {

    record Truth(LookupRun.Code code, String asin) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    Simulator(String base) {
        this.base = base;
    }

    JsonNode stats() throws IOException, InterruptedException {
        return json.readTree(get("/sim/stats"));
    }

    long catalogCalls() throws IOException, InterruptedException {
        return stats().path("catalog_requests").asLong();
    }

    void resetStats() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sim/stats/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    /** Changes the simulator's faults at runtime: {@code faultsJson} is the {@code faults} object of /sim/config. */
    void faults(String faultsJson) throws IOException, InterruptedException {
        config("{\"faults\":" + faultsJson + "}");
    }

    /**
     * Sets an API's usage plan at runtime ({@code planJson}: rate, burst, daily-cap); every credential starts again on
     * a full bucket and an unused day.
     */
    void quota(String api, String planJson) throws IOException, InterruptedException {
        config("{\"quota\":{\"" + api + "\":" + planJson + "}}");
    }

    private void config(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/sim/config"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("PUT /sim/config answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** {@code count} codes per marketplace with the ASIN a careful matcher should pick (empty: not on Amazon). */
    List<Truth> groundTruth(List<String> marketplaces, int count) throws IOException, InterruptedException {
        String csv = get("/sim/ground-truth?marketplaces=" + String.join(",", marketplaces) + "&count=" + count);
        List<Truth> truths = new ArrayList<>();
        for (String line : csv.split("\n")) {
            String[] f = line.trim().split(",", -1);
            if (f.length < 3 || f[0].equals("code")) {
                continue;
            }
            ParsedCode parsed = CodeParser.parse(f[0]);
            if (parsed.isValid()) {
                truths.add(new Truth(new LookupRun.Code(f[0], parsed.gtin14(), f[1]), f[2]));
            }
        }
        return truths;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
