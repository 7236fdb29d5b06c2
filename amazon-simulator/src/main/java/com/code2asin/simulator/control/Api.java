package com.code2asin.simulator.control;

/** The two Amazon APIs the simulator speaks; {@code key} names them in config, stats and /sim/config. */
public enum Api {
    SP_API("sp-api"), CREATORS("creators");

    private final String key;

    Api(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
