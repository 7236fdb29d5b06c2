package com.code2asin.exports.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An offer's condition as Amazon takes it: the Inventory Loader's number and the listings attribute
 * {@code condition_type}. A seller may write the number, the attribute value, or the words (English or French).
 */
enum ItemCondition {
    NEW(11, "new_new", "new", "neuf", "nouveau"),
    USED_LIKE_NEW(1, "used_like_new", "used like new", "occasion comme neuf", "comme neuf"),
    USED_VERY_GOOD(2, "used_very_good", "used very good", "occasion tres bon etat", "tres bon etat"),
    USED_GOOD(3, "used_good", "used good", "occasion bon etat", "bon etat"),
    USED_ACCEPTABLE(4, "used_acceptable", "used acceptable", "occasion etat acceptable", "etat acceptable"),
    COLLECTIBLE_LIKE_NEW(5, "collectible_like_new", "collectible like new", "collection comme neuf"),
    COLLECTIBLE_VERY_GOOD(6, "collectible_very_good", "collectible very good", "collection tres bon etat"),
    COLLECTIBLE_GOOD(7, "collectible_good", "collectible good", "collection bon etat"),
    COLLECTIBLE_ACCEPTABLE(8, "collectible_acceptable", "collectible acceptable", "collection etat acceptable"),
    REFURBISHED(10, "refurbished_refurbished", "refurbished", "reconditionne", "renewed");

    private final int loaderCode;
    private final String attributeValue;
    private final Set<String> words;

    ItemCondition(int loaderCode, String attributeValue, String... words) {
        this.loaderCode = loaderCode;
        this.attributeValue = attributeValue;
        this.words = Set.of(words);
    }

    /** {@code item-condition} of the Inventory Loader. */
    int loaderCode() {
        return loaderCode;
    }

    /** {@code condition_type} of a listings feed. */
    String attributeValue() {
        return attributeValue;
    }

    /** The condition a seller wrote; empty when it is none of the known ones. A blank cell is new. */
    static Optional<ItemCondition> of(String written) {
        if (written == null || written.isBlank()) {
            return Optional.of(NEW);
        }
        String plain = Normalizer.normalize(written.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String words = plain.replaceAll("[^a-z0-9]+", " ").strip();
        return Arrays.stream(values()).filter(c -> c.attributeValue.equals(plain) || c.words.contains(words)
                || Integer.toString(c.loaderCode).equals(words)).findFirst();
    }
}
