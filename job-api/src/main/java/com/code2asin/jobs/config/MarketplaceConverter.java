package com.code2asin.jobs.config;

import com.code2asin.model.Marketplace;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a marketplace setting as events and requests read one ({@link Marketplace#named}): "FR", "fr", "GB" for UK or
 * a marketplace id. An unknown one stops the service at start-up, naming the known ones.
 */
public class MarketplaceConverter implements Converter<Marketplace> {

    @Override
    public Marketplace convert(String value) {
        return Marketplace.named(value);
    }
}
