package com.code2asin.e2e;

import static com.code2asin.testing.RealmTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code2asin.model.Topics;
import com.code2asin.model.code.CodeParser;
import com.code2asin.testing.KafkaTestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service serves Prometheus metrics on /q/metrics of its management port, and the ones ops watch move with a
 * job: jobs by state, lookup answers applied, intakes, Amazon calls, their quota waits and what is left of the quotas,
 * batch latency, consumer lag, export durations and the records dead-letter topics hold.
 */
@ExtendWith(Suite.class)
class MetricsIT {

    @Test
    void aJobMovesTheMetricsOpsWatch() throws Exception {
        String alice = token("alice");
        String jobs = Suite.jobApi() + "/api/v1/code2asin/jobs";
        String job = given().auth().oauth2(alice)
                // codes no run asked before: lookup-worker's cache would answer them without a call
                .multiPart("file", "codes.csv", ("ean\n" + randomEan() + "\n" + randomEan() + "\n").getBytes(),
                        "text/csv")
                .multiPart("options", "{\"download_images\": false, \"with_prices\": false}").post(jobs).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(alice).post(jobs + "/" + job + "/start").then().statusCode(200);
        Suite.completedResults(alice, job);

        String jobApi = Suite.management(Suite.JOB_API);
        awaitAtLeast(jobApi, "code2asin_jobs\\{status=\"completed\"\\}", 1);
        awaitAtLeast(jobApi, "code2asin_items_answered_total\\{status=\"(matched|unmatched|ambiguous)\"\\}", 1);
        awaitAtLeast(jobApi, "code2asin_intake_seconds_count\\{outcome=\"stored\"\\}", 1);
        String lookupWorker = Suite.management(Suite.LOOKUP_WORKER);
        awaitAtLeast(lookupWorker, "code2asin_provider_calls_total\\{api=\"sp-api\",outcome=\"ok\"\\}", 1);
        awaitAtLeast(lookupWorker, "code2asin_quota_wait_seconds_count\\{api=\"sp-api\"\\}", 1);
        awaitAtLeast(lookupWorker, "code2asin_lookup_batch_seconds_count\\{provider=\"sp-api\"\\}", 1);
        // sp-api's bucket as the job left it: between none (the next call waits) and its whole burst
        awaitAtLeast(lookupWorker, "code2asin_quota_tokens\\{api=\"sp-api\"\\}", 0);
        // the job's XLSX, made when it completed
        awaitAtLeast(Suite.management(Suite.EXPORT_SERVICE),
                "code2asin_export_seconds_count\\{format=\"xlsx\",outcome=\"done\"\\}", 1);
        awaitAtLeast(Suite.management(Suite.IMAGE_FETCHER), "jvm_memory_used_bytes\\{[^}]*\\}", 1);

        // a command no one can read is set aside, and the dead-letter count shows it until ops replay it
        String commandsDlq = "code2asin_dlq_pending\\{topic=\"" + Topics.JOB_COMMANDS + Topics.DLQ_SUFFIX + "\"\\}";
        double before = awaitAtLeast(jobApi, commandsDlq, 0);
        KafkaTestClient.publish(Topics.JOB_COMMANDS, job, "{not json");
        awaitAtLeast(jobApi, commandsDlq, before + 1);

        // every series the Grafana dashboard in deploy/ plots is one a service serves (the consumer lag among them)
        String served = Stream.of(Suite.JOB_API, Suite.LOOKUP_WORKER, Suite.IMAGE_FETCHER, Suite.EXPORT_SERVICE)
                .map(port -> given().get(Suite.management(port) + "/q/metrics").then().extract().asString())
                .collect(Collectors.joining("\n"));
        String dashboard = Files.readString(Path.of("..", "deploy", "k8s", "monitoring", "code2asin-dashboard.json"));
        Set<String> plotted = Pattern.compile("(code2asin|kafka)_[a-z_]+").matcher(dashboard).results()
                .map(MatchResult::group).collect(Collectors.toSet());
        assertFalse(plotted.isEmpty());
        for (String series : plotted) {
            assertTrue(Pattern.compile("(?m)^" + series + "[{ ]").matcher(served).find(),
                    "the dashboard plots " + series + ", which no service serves");
        }
    }

    private static String randomEan() {
        String body = "40" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        return body + CodeParser.checkDigit(body);
    }

    /**
     * Waits (30 s at most) until the series matching {@code series} reaches {@code least}, summed over its matches
     * that hold a number (NaN: the service cannot tell yet); answers the sum.
     */
    private static double awaitAtLeast(String service, String series, double least) throws InterruptedException {
        Pattern line = Pattern.compile("^" + series + " (?<value>[0-9.eE+-]+|NaN)$", Pattern.MULTILINE);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String metrics;
        double sum;
        do {
            metrics = given().get(service + "/q/metrics").then().statusCode(200).extract().asString();
            sum = 0;
            boolean found = false;
            for (Matcher m = line.matcher(metrics); m.find(); ) {
                if (!m.group("value").equals("NaN")) {
                    found = true;
                    sum += Double.parseDouble(m.group("value"));
                }
            }
            if (found && sum >= least) {
                return sum;
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        String shown = metrics.lines().filter(l -> l.startsWith("code2asin") || l.startsWith("kafka_consumer_fetch"))
                .limit(40).reduce("", (a, b) -> a + "\n" + b);
        return fail(service + " shows no " + series + " >= " + least + " (sum " + sum + "):" + shown);
    }
}
