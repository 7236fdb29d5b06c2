package com.code2asin.jobs.domain;

import com.code2asin.model.Marketplace;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A list of marketplaces in one column: their names, comma-separated ("DE,IT"); null for none. */
@Converter
public class MarketplacesColumn implements AttributeConverter<List<Marketplace>, String> {

    public static String text(List<Marketplace> marketplaces) {
        return marketplaces == null || marketplaces.isEmpty() ? null
                : marketplaces.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<Marketplace> parse(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(Marketplace::valueOf).toList();
    }

    @Override
    public String convertToDatabaseColumn(List<Marketplace> marketplaces) {
        return text(marketplaces);
    }

    @Override
    public List<Marketplace> convertToEntityAttribute(String text) {
        return parse(text);
    }
}
