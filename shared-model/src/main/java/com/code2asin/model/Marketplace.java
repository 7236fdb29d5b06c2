package com.code2asin.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Amazon marketplaces served: SP-API marketplace id, Creators API store domain, currency and region. */
public enum Marketplace {
    FR("A13V1IB3VIYZZH", "www.amazon.fr", "EUR", Region.EU, "fr_FR"),
    DE("A1PA6795UKMFR9", "www.amazon.de", "EUR", Region.EU, "de_DE"),
    IT("APJ6JRA9NG5V4", "www.amazon.it", "EUR", Region.EU, "it_IT"),
    ES("A1RKKUPIHCS9HS", "www.amazon.es", "EUR", Region.EU, "es_ES"),
    UK("A1F83G8C2ARO7P", "www.amazon.co.uk", "GBP", Region.EU, "en_GB"),
    US("ATVPDKIKX0DER", "www.amazon.com", "USD", Region.NA, "en_US");

    public enum Region { NA, EU, FE }

    private final String marketplaceId;
    private final String domain;
    private final String currency;
    private final Region region;
    private final String locale;

    Marketplace(String marketplaceId, String domain, String currency, Region region, String locale) {
        this.marketplaceId = marketplaceId;
        this.domain = domain;
        this.currency = currency;
        this.region = region;
        this.locale = locale;
    }

    public String marketplaceId() {
        return marketplaceId;
    }

    public String domain() {
        return domain;
    }

    public String currency() {
        return currency;
    }

    public Region region() {
        return region;
    }

    public String locale() {
        return locale;
    }

    /**
     * How events read a marketplace: any form {@link #find} accepts, so "fr", "GB" or a marketplace id is as good as
     * "FR"; an unknown one makes the event unreadable, with the known ones named.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Marketplace named(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException("unknown marketplace '" + value
                + "'; one of " + Arrays.toString(values())));
    }

    /** Accepts the country code (FR, fr, GB for UK) or the SP-API marketplace id. */
    public static Optional<Marketplace> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        String country = v.equals("GB") ? "UK" : v;
        return Arrays.stream(values())
                .filter(m -> m.name().equals(country) || m.marketplaceId.equals(v))
                .findFirst();
    }
}
