package com.code2asin.jobs.domain;

import com.code2asin.model.Marketplace;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An item's marketplace in its column, by name ("FR"), read as events read it ({@link Marketplace#find}): a row
 * written from an answer before marketplaces were typed holds what the answer said, and one no marketplace answers to
 * ("XX") reads as none rather than making its job's items unreadable.
 */
@Converter
public class MarketplaceColumn implements AttributeConverter<Marketplace, String> {

    public static String text(Marketplace marketplace) {
        return marketplace == null ? null : marketplace.name();
    }

    public static Marketplace parse(String text) {
        return Marketplace.find(text).orElse(null);
    }

    @Override
    public String convertToDatabaseColumn(Marketplace marketplace) {
        return text(marketplace);
    }

    @Override
    public Marketplace convertToEntityAttribute(String text) {
        return parse(text);
    }
}
