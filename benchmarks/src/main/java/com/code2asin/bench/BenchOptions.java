package com.code2asin.bench;

import java.util.HashMap;
import java.util.Map;

/** The {@code key=value} arguments a bench driver gets from deploy/local/bench.sh, after the scenario name. */
record BenchOptions(Map<String, String> values) {

    static BenchOptions of(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            values.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return new BenchOptions(values);
    }

    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + key + "=...");
        }
        return value;
    }

    int integer(String key) {
        return Integer.parseInt(get(key));
    }
}
