package com.code2asin.simulator.spapi;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Parses and checks the query parameters of the catalog operations; a bad one is a 400 InvalidInput. */
final class CatalogParams {

    static final int MAX_IDENTIFIERS = 20;
    static final int MAX_KEYWORDS = 20;
    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final int MAX_PAGE_SIZE = 20;
    private static final Set<String> CODE_TYPES = Set.of("EAN", "UPC", "GTIN", "JAN", "ISBN");
    private static final String TOKEN_PREFIX = "offset:";

    private CatalogParams() {
    }

    /** Splits repeated and comma-separated values into one list, dropping blanks. */
    static List<String> csv(List<String> values) {
        return values == null ? List.of() : values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    static List<Marketplace> marketplaces(List<String> marketplaceIds, int max) {
        List<String> ids = csv(marketplaceIds);
        if (ids.isEmpty()) {
            throw SpApiException.invalidInput("Missing required 'marketplaceIds'");
        }
        if (ids.size() > max) {
            throw SpApiException.invalidInput("'marketplaceIds' accepts at most " + max + " value, got " + ids.size());
        }
        return ids.stream().map(id -> Arrays.stream(Marketplace.values())
                        .filter(m -> m.marketplaceId().equals(id))
                        .findFirst()
                        .orElseThrow(() -> SpApiException.invalidInput("Invalid marketplaceIds: '" + id + "'")))
                .distinct()
                .toList();
    }

    static Set<IncludedData> includedData(List<String> values) {
        List<String> names = csv(values);
        if (names.isEmpty()) {
            return EnumSet.of(IncludedData.SUMMARIES);
        }
        Set<IncludedData> datasets = EnumSet.noneOf(IncludedData.class);
        for (String name : names) {
            datasets.add(IncludedData.of(name)
                    .orElseThrow(() -> SpApiException.invalidInput("Invalid includedData value: '" + name + "'")));
        }
        return datasets;
    }

    /**
     * What a search asks: identifiers (ASINs when {@code asins}), or the words of a keyword search when
     * {@code keywords} is not empty.
     */
    record Query(List<String> values, boolean asins, List<String> keywords) {
        boolean byKeywords() {
            return !keywords.isEmpty();
        }
    }

    static Query query(List<String> identifiers, String identifiersType, List<String> keywords) {
        List<String> values = csv(identifiers);
        List<String> words = csv(keywords);
        if (values.isEmpty() && words.isEmpty()) {
            throw SpApiException.invalidInput("Missing required 'identifiers' or 'keywords'");
        }
        if (!values.isEmpty() && !words.isEmpty()) {
            throw SpApiException.invalidInput("'identifiers' and 'keywords' cannot be used together");
        }
        if (words.size() > MAX_KEYWORDS) {
            throw SpApiException.invalidInput("'keywords' accepts at most " + MAX_KEYWORDS + " values, got "
                    + words.size());
        }
        if (!words.isEmpty()) {
            return new Query(List.of(), false, words);
        }
        if (values.size() > MAX_IDENTIFIERS) {
            throw SpApiException.invalidInput("'identifiers' accepts at most " + MAX_IDENTIFIERS
                    + " values, got " + values.size());
        }
        if (identifiersType == null || identifiersType.isBlank()) {
            throw SpApiException.invalidInput("Missing required 'identifiersType' when 'identifiers' is given");
        }
        if (!identifiersType.equals("ASIN") && !CODE_TYPES.contains(identifiersType)) {
            throw SpApiException.invalidInput("Invalid or unsupported identifiersType: '" + identifiersType + "'");
        }
        boolean asins = identifiersType.equals("ASIN");
        if (!asins) {
            // one malformed code (wrong length, letters, bad check digit) refuses the whole call
            values.stream().filter(v -> !CodeParser.parse(v).isValid()).findFirst().ifPresent(bad -> {
                throw SpApiException.invalidInput("Invalid identifier '" + bad + "' for identifiersType "
                        + identifiersType);
            });
        }
        return new Query(values, asins, List.of());
    }

    static int pageSize(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range value
        }
        throw SpApiException.invalidInput("'pageSize' must be between 1 and " + MAX_PAGE_SIZE + ", got '" + value + "'");
    }

    static int offset(String pageToken) {
        if (pageToken == null || pageToken.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(pageToken.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                return Math.max(0, Integer.parseInt(text.substring(TOKEN_PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // answered below: the token is not one this service issued
        }
        throw SpApiException.invalidInput("Invalid 'pageToken'");
    }

    static String pageToken(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }
}
