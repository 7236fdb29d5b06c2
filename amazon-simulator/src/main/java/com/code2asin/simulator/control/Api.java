package com.code2asin.simulator.control;

/**
 * The Amazon APIs the simulator speaks, each with its own usage plan; {@code key} names them in config, stats and
 * /sim/config. SP-API Catalog Items and Product Pricing share the LWA access tokens and the SP-API error body, but
 * Amazon meters them apart.
 */
public enum Api {
    SP_API("sp-api", true), SP_API_PRICING("sp-api-pricing", true), CREATORS("creators", false);

    private final String key;
    private final boolean sellingPartner;

    Api(String key, boolean sellingPartner) {
        this.key = key;
        this.sellingPartner = sellingPartner;
    }

    public String key() {
        return key;
    }

    /** An SP-API operation: LWA access token in {@code x-amz-access-token}, {@code {"errors":[...]}} error body. */
    public boolean sellingPartner() {
        return sellingPartner;
    }
}
