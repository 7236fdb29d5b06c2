package com.code2asin.bench;

import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemResult;
import com.code2asin.model.event.ItemStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./code2asin bench lookup} drives one scenario per call against lookup-workers and the amazon-simulator that
 * the script started, and prints one JSON object. Options come as {@code key=value} arguments.
 */
public final class LookupBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);
    private static final double MIN_QUOTA_SECONDS = 120;

    private final BenchOptions options;
    private final LookupRun run;
    private final Simulator simulator;

    private LookupBench(BenchOptions options) {
        this.options = options;
        this.run = new LookupRun(option("bootstrap"), option("requests-topic"), option("done-topic"));
        this.simulator = new Simulator(option("simulator"));
    }

    public static void main(String[] args) throws Exception {
        LookupBench bench = new LookupBench(BenchOptions.of(args));
        Map<String, Object> result = switch (args.length == 0 ? "" : args[0]) {
            case "quota" -> bench.quota("quota", codes(List.of("FR"), bench.intOption("codes")));
            case "each" -> bench.quota("each", onEach(List.of("FR", "DE"), bench.intOption("codes")));
            case "quality" -> bench.quality();
            case "overhead" -> bench.overhead();
            case "cache" -> bench.cache();
            case "pricing" -> bench.pricing();
            case "tenants" -> bench.tenants();
            default -> throw new IllegalArgumentException(
                    "scenario: quota | each | quality | overhead | cache | pricing | tenants");
        };
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    /**
     * N replicas sharing one throttled account: how close to the quota they run, and whether any item paid. Scenario
     * {@code each} asks every code on two marketplaces, in the batches job-api cuts for {@code marketplace_mode: each}
     * (twenty codes of one marketplace; EachMarketplaceIT shows job-api cutting them).
     */
    private Map<String, Object> quota(String name, List<LookupRun.Code> codes) throws Exception {
        double rate = Double.parseDouble(option("rate"));
        forgetCacheAndQuota();
        simulator.resetStats();
        LookupRun.Outcome outcome = run.run(codes, TIMEOUT);
        long calls = simulator.catalogCalls();
        long throttledCalls = simulator.stats().path("apis").path("sp-api").path("throttled").asLong();
        long answered = calls - throttledCalls; // a call answered 429 used no quota
        double seconds = seconds(outcome);
        if (seconds < MIN_QUOTA_SECONDS) {
            throw new IllegalStateException("the quota run lasted " + seconds + " s, under the " + MIN_QUOTA_SECONDS
                    + " s it must hold the quota: give it more codes");
        }
        Map<String, Object> r = scenario(name);
        r.put("replicas", intOption("replicas"));
        r.put("quota_rps", rate);
        r.put("results", codes.size());
        r.put("codes_per_call", round(codes.size() / (double) Math.max(1, calls - throttledCalls)));
        r.put("seconds", round(seconds));
        r.put("provider_calls", calls);
        r.put("achieved_rps", round(answered / seconds));
        r.put("achieved_over_quota", round(answered / seconds / rate));
        r.put("throttled_items", count(outcome, i -> i.errorCategory() == ErrorCategory.API_RATE_LIMIT));
        r.put("calls_answered_429", throttledCalls);
        r.put("failed_items", count(outcome, i -> i.status() == ItemStatus.FAILED));
        r.put("codes_per_s", round(codes.size() / seconds));
        return r;
    }

    /**
     * Batches that ask for prices, N replicas sharing one seller's pricing quota (getItemOffersBatch, 20 ASINs a
     * call): how close to that quota they price, how many codes a second that makes, and whether any item paid for
     * the throttling. The catalog's quota is lifted, so the pricing quota is the one that binds.
     */
    private Map<String, Object> pricing() throws Exception {
        double rate = Double.parseDouble(option("rate"));
        List<LookupRun.Code> codes = codes(List.of("FR"), intOption("codes"));
        forgetCacheAndQuota();
        simulator.resetStats();
        LookupRun.Outcome outcome = run.run(codes, TIMEOUT, true);
        com.fasterxml.jackson.databind.JsonNode pricing = simulator.stats().path("apis").path("sp-api-pricing");
        long calls = pricing.path("calls").asLong();
        long throttledCalls = pricing.path("throttled").asLong();
        long answered = calls - throttledCalls;
        double seconds = seconds(outcome);
        if (seconds < MIN_QUOTA_SECONDS) {
            throw new IllegalStateException("the pricing run lasted " + seconds + " s, under the "
                    + MIN_QUOTA_SECONDS + " s it must hold the quota: give it more codes");
        }
        long priced = outcome.results().values().stream().flatMap(i -> i.candidates().stream())
                .filter(c -> c.offer() != null).map(c -> c.asin()).distinct().count();
        Map<String, Object> r = scenario("pricing");
        r.put("replicas", intOption("replicas"));
        r.put("pricing_quota_rps", rate);
        r.put("codes", codes.size());
        r.put("seconds", round(seconds));
        r.put("pricing_calls", calls);
        r.put("asins_priced", priced);
        r.put("achieved_rps", round(answered / seconds));
        r.put("achieved_over_quota", round(answered / seconds / rate));
        r.put("codes_per_s", round(codes.size() / seconds));
        r.put("items_with_price", count(outcome, i -> i.candidates().stream().anyMatch(c -> c.price() != null)));
        r.put("throttled_items", count(outcome, i -> i.errorCategory() == ErrorCategory.API_RATE_LIMIT));
        r.put("calls_answered_429", throttledCalls);
        r.put("failed_items", count(outcome, i -> i.status() == ItemStatus.FAILED));
        return r;
    }

    /**
     * Two tenants, each looking up with its own SP-API account (stored with PUT /api/v1/amazon/config), fed as
     * job-api feeds them (4 batches of a job out at once). globex's job runs alone first; then acme's job asks far
     * more than its account's daily cap allows, so Amazon answers acme 429, and globex's job runs again beside it.
     * globex's codes a second must not change.
     */
    private Map<String, Object> tenants() throws Exception {
        String plan = option("plan");
        JobApiClient keycloak = new JobApiClient(option("worker"), option("realm"));
        storeAccount(keycloak, "walt", option("acme-refresh-token"));
        storeAccount(keycloak, "bob", option("globex-refresh-token"));
        try {
            return tenants(plan);
        } finally {
            forgetAccounts(); // the bench's tokens would fail every later lookup of these tenants
        }
    }

    private Map<String, Object> tenants(String plan) throws Exception {
        TenantRun tenants = new TenantRun(option("bootstrap"), option("requests-topic"), option("done-topic"), 4);
        int codes = intOption("codes");

        forgetCacheAndQuota();
        simulator.quota("sp-api", plan);
        TenantRun.Outcome alone = tenants.run(List.of(new TenantRun.Lane("globex", codes(List.of("FR"), codes),
                Duration.ZERO)), "globex", TIMEOUT).get("globex");

        forgetCacheAndQuota();
        simulator.quota("sp-api", plan);
        simulator.resetStats();
        Duration acmeFirst = Duration.ofSeconds(intOption("globex-after-s"));
        Map<String, TenantRun.Outcome> beside = tenants.run(List.of(
                new TenantRun.Lane("acme", codes(List.of("FR"), intOption("flood")), Duration.ZERO),
                new TenantRun.Lane("globex", codes(List.of("FR"), codes), acmeFirst)), "globex", TIMEOUT);
        com.fasterxml.jackson.databind.JsonNode credentials = simulator.stats().path("apis").path("sp-api")
                .path("credentials");

        double aloneRate = codes / seconds(alone.elapsed());
        double besideRate = codes / seconds(beside.get("globex").elapsed());
        Map<String, Object> r = scenario("tenants");
        r.put("replicas", intOption("replicas"));
        r.put("plan_per_account", plan);
        r.put("globex_codes", codes);
        r.put("globex_alone_codes_per_s", round(aloneRate));
        r.put("globex_beside_throttled_acme_codes_per_s", round(besideRate));
        r.put("globex_beside_over_alone", round(besideRate / aloneRate));
        r.put("globex_failed_items", beside.get("globex").results().values().stream()
                .filter(i -> i.status() == ItemStatus.FAILED).count());
        r.put("acme_items_answered", beside.get("acme").results().size());
        r.put("acme_items_throttled", beside.get("acme").results().values().stream()
                .filter(i -> i.errorCategory() == ErrorCategory.API_RATE_LIMIT).count());
        Map<String, Object> perAccount = new LinkedHashMap<>();
        credentials.fields().forEachRemaining(e -> perAccount.put(e.getKey(), Map.of(
                "calls", e.getValue().path("calls").asLong(), "answered_429", e.getValue().path("throttled").asLong())));
        r.put("simulator_accounts", perAccount);
        return r;
    }

    private static void storeAccount(JobApiClient worker, String user, String refreshToken) throws Exception {
        worker.put(worker.token(user), "/api/v1/amazon/config",
                "{\"sp_api\": {\"refresh_token\": \"" + refreshToken + "\"}}");
    }

    private static double seconds(Duration elapsed) {
        return elapsed.toMillis() / 1000.0;
    }

    /** Matches against the simulator's ground truth on two marketplaces. */
    private Map<String, Object> quality() throws Exception {
        List<Simulator.Truth> truths = simulator.groundTruth(List.of("FR", "DE"), intOption("codes"));
        forgetCacheAndQuota();
        LookupRun.Outcome outcome = run.run(truths.stream().map(Simulator.Truth::code).toList(), TIMEOUT);
        Map<LookupRun.Code, String> right = new HashMap<>();
        truths.forEach(t -> right.put(t.code(), t.asin()));
        long matched = 0;
        long correct = 0;
        long findable = truths.stream().filter(t -> !t.asin().isEmpty()).count();
        for (Map.Entry<UUID, ItemResult> e : outcome.results().entrySet()) {
            ItemResult item = e.getValue();
            if (item.status() == ItemStatus.MATCHED) {
                matched++;
                if (item.chosen().equals(right.get(outcome.codes().get(e.getKey())))) {
                    correct++;
                }
            }
        }
        Map<String, Object> r = scenario("quality");
        r.put("codes", truths.size());
        r.put("marketplaces", List.of("FR", "DE"));
        r.put("with_right_asin", findable);
        r.put("matched", matched);
        r.put("precision", round(matched == 0 ? 0 : (double) correct / matched));
        r.put("recall", round(findable == 0 ? 0 : (double) correct / findable));
        r.put("ambiguous", count(outcome, i -> i.status() == ItemStatus.AMBIGUOUS));
        r.put("unmatched", count(outcome, i -> i.status() == ItemStatus.UNMATCHED));
        r.put("failed", count(outcome, i -> i.status() == ItemStatus.FAILED));
        return r;
    }

    /** One worker, nothing throttled: what the worker itself costs per code. */
    private Map<String, Object> overhead() throws Exception {
        List<LookupRun.Code> codes = codes(List.of("FR"), intOption("codes"));
        forgetCacheAndQuota();
        LookupRun.Outcome outcome = run.run(codes, TIMEOUT);
        double seconds = seconds(outcome);
        Map<String, Object> r = scenario("overhead");
        r.put("codes", codes.size());
        r.put("seconds", round(seconds));
        r.put("codes_per_s", round(codes.size() / seconds));
        r.put("peak_rss_mb", peakRssMb(option("worker-pid")));
        r.put("failed_items", count(outcome, i -> i.status() == ItemStatus.FAILED));
        return r;
    }

    /** The same codes twice: the second run should cost no provider call. */
    private Map<String, Object> cache() throws Exception {
        List<LookupRun.Code> codes = codes(List.of("FR"), intOption("codes"));
        forgetCacheAndQuota();
        simulator.resetStats();
        LookupRun.Outcome first = run.run(codes, TIMEOUT);
        long firstCalls = simulator.catalogCalls();
        simulator.resetStats();
        LookupRun.Outcome second = run.run(codes, TIMEOUT);
        Map<String, Object> r = scenario("cache");
        r.put("codes", codes.size());
        r.put("provider_calls_first_run", firstCalls);
        r.put("provider_calls_second_run", simulator.catalogCalls());
        r.put("from_cache_second_run", count(second, ItemResult::fromCache));
        r.put("seconds_first_run", round(seconds(first)));
        r.put("seconds_second_run", round(seconds(second)));
        return r;
    }

    /**
     * Random valid EAN-13s, fresh on every run: the simulator decides per code whether Amazon lists it, so these
     * behave like a seller's file (about one in five not on Amazon).
     */
    private static List<LookupRun.Code> codes(List<String> marketplaces, int count) {
        java.util.Random random = new java.util.Random();
        List<LookupRun.Code> codes = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "40" + String.format("%010d", random.nextLong(10_000_000_000L));
            String ean = body + com.code2asin.model.code.CodeParser.checkDigit(body);
            codes.add(new LookupRun.Code(ean, "0" + ean, marketplaces.get(i % marketplaces.size())));
        }
        return codes;
    }

    /** {@code count} fresh codes, each on every marketplace in turn, as a job in {@code each} mode holds them. */
    private static List<LookupRun.Code> onEach(List<String> marketplaces, int count) {
        List<LookupRun.Code> codes = new java.util.ArrayList<>();
        for (LookupRun.Code code : codes(List.of(marketplaces.get(0)), count)) {
            marketplaces.forEach(m -> codes.add(new LookupRun.Code(code.code(), code.gtin14(), m)));
        }
        return codes;
    }

    private void forgetAccounts() throws Exception {
        try (Connection db = DriverManager.getConnection(option("jdbc"), "lookup", option("db-password"));
             Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM lookup.tenant_account WHERE tenant IN ('acme', 'globex')");
        }
    }

    private void forgetCacheAndQuota() throws Exception {
        try (Connection db = DriverManager.getConnection(option("jdbc"), "lookup", option("db-password"));
             Statement sql = db.createStatement()) {
            // TRUNCATE, not DELETE: each run starts on empty tables, not on the dead rows of the runs before it
            sql.executeUpdate("TRUNCATE lookup.catalog_cache, lookup.quota_bucket");
        }
    }

    private static long peakRssMb(String pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static long count(LookupRun.Outcome outcome, java.util.function.Predicate<ItemResult> test) {
        return outcome.results().values().stream().filter(test).count();
    }

    private static Map<String, Object> scenario(String name) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", name);
        return r;
    }

    private static double seconds(LookupRun.Outcome outcome) {
        return outcome.elapsed().toMillis() / 1000.0;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private String option(String key) {
        return options.get(key);
    }

    private int intOption(String key) {
        return options.integer(key);
    }
}
