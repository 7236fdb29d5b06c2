package com.code2asin.simulator.creators;

import com.code2asin.model.Marketplace;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of Creators API headers and body fields; a bad one is a 400 ValidationException. */
final class CreatorsParams {

    static final int MAX_ITEMS = 10;
    private static final Pattern ASIN = Pattern.compile("[0-9A-Z]{10}");

    private CreatorsParams() {
    }

    /** The store of an {@code x-marketplace} header: www.amazon.fr, www.amazon.co.uk, ... */
    static Marketplace marketplace(String header) {
        if (header == null || header.isBlank()) {
            throw CreatorsException.invalid("MissingParameter", "The x-marketplace header is required.",
                    "x-marketplace");
        }
        String domain = header.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(Marketplace.values()).filter(m -> m.domain().equals(domain)).findFirst()
                .orElseThrow(() -> CreatorsException.invalid("InvalidParameterValue",
                        "The value '" + header + "' provided for x-marketplace is invalid.", "x-marketplace"));
    }

    static String partnerTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw CreatorsException.invalid("MissingParameter", "The parameter partnerTag is required.", "partnerTag");
        }
        return tag;
    }

    static Set<String> resources(List<String> resources) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : resources == null ? List.<String>of() : resources) {
            if (!CreatorsItemMapper.RESOURCES.contains(name)) {
                throw CreatorsException.invalid("InvalidParameterValue",
                        "The value '" + name + "' provided in the request for resources is invalid.", "resources");
            }
            names.add(name);
        }
        return names;
    }

    static int between(Integer value, int min, int max, int fallback, String field) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw CreatorsException.invalid("InvalidParameterValue", "The value '" + value + "' provided for " + field
                    + " is invalid. It should be between " + min + " and " + max + ".", field);
        }
        return value;
    }

    static List<String> itemIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw CreatorsException.invalid("MissingParameter", "The parameter itemIds is required.", "itemIds");
        }
        if (ids.size() > MAX_ITEMS) {
            throw CreatorsException.invalid("InvalidParameterValue", "The parameter itemIds accepts at most "
                    + MAX_ITEMS + " values, got " + ids.size() + ".", "itemIds");
        }
        for (String id : ids) {
            if (id == null || !ASIN.matcher(id).matches()) {
                throw CreatorsException.invalid("InvalidParameterValue",
                        "The value '" + id + "' provided in the request for itemIds is invalid.", "itemIds");
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }
}
