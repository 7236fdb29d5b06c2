package com.code2asin.model.code;

/**
 * A code as given and what it means: its GTIN-14 and type when valid, otherwise a message a person can act on.
 */
public record ParsedCode(String input, String gtin14, CodeType type, String error) {

    static ParsedCode valid(String input, String gtin14, CodeType type) {
        return new ParsedCode(input, gtin14, type, null);
    }

    static ParsedCode invalid(String input, String error) {
        return new ParsedCode(input, null, null, error);
    }

    public boolean isValid() {
        return error == null;
    }
}
