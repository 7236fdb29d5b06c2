package com.code2asin.model.code;

import java.util.regex.Pattern;

/**
 * Normalises and validates product codes (EAN-8, UPC-A, UPC-E, EAN-13, JAN, GTIN-14, ISBN-10, ISBN-13) to GTIN-14.
 * Spaces and dashes are dropped; 9 to 11 digits are taken as a UPC-A whose leading zeros a spreadsheet lost.
 */
public final class CodeParser {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+]?\\d+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u00A0]");

    private CodeParser() {
    }

    public static ParsedCode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ParsedCode.invalid(raw, "empty code");
        }
        String input = raw.strip();
        if (SCIENTIFIC.matcher(input).matches()) {
            return ParsedCode.invalid(input, "code '" + input + "' is in scientific notation: the spreadsheet dropped"
                    + " digits; format the column as text and export again");
        }
        String code = SEPARATORS.matcher(input).replaceAll("");
        if (code.endsWith(".0")) {
            code = code.substring(0, code.length() - 2); // a numeric spreadsheet cell
        }
        if (code.length() == 10 && code.substring(0, 9).chars().allMatch(Character::isDigit)
                && (Character.isDigit(code.charAt(9)) || code.charAt(9) == 'X' || code.charAt(9) == 'x')) {
            ParsedCode isbn = isbn10(input, code);
            if (isbn.isValid()) {
                return isbn;
            }
        }
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return ParsedCode.invalid(input, "code '" + input + "' has characters other than digits");
        }
        return switch (code.length()) {
            case 8 -> eight(input, code);
            case 9, 10, 11, 12 -> checked(input, pad(code, 12), CodeType.UPC_A);
            case 13 -> checked(input, code, thirteenType(code));
            case 14 -> checked(input, code, CodeType.GTIN_14);
            default -> ParsedCode.invalid(input, "code '" + input + "' has " + code.length()
                    + " digits; expected 8, 12, 13 or 14 (EAN, UPC, GTIN) or an ISBN-10");
        };
    }

    private static ParsedCode eight(String input, String code) {
        if (checkDigitOk(code)) {
            return ParsedCode.valid(input, pad(code, 14), CodeType.EAN_8);
        }
        String upcA = expandUpcE(code);
        if (upcA != null && checkDigitOk(upcA)) {
            return ParsedCode.valid(input, pad(upcA, 14), CodeType.UPC_E);
        }
        return ParsedCode.invalid(input, "code '" + input + "' has a wrong check digit (neither EAN-8 nor UPC-E)");
    }

    private static CodeType thirteenType(String code) {
        if (code.startsWith("978") || code.startsWith("979")) {
            return CodeType.ISBN_13;
        }
        if (code.startsWith("45") || code.startsWith("49")) {
            return CodeType.JAN;
        }
        return CodeType.EAN_13;
    }

    private static ParsedCode checked(String input, String code, CodeType type) {
        if (!checkDigitOk(code)) {
            return ParsedCode.invalid(input, "code '" + input + "' has a wrong check digit for " + type.label()
                    + ": expected " + checkDigit(code.substring(0, code.length() - 1)) + " at the end");
        }
        return ParsedCode.valid(input, pad(code, 14), type);
    }

    private static ParsedCode isbn10(String input, String code) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = code.charAt(i);
            int v = (c == 'X' || c == 'x') ? 10 : c - '0';
            sum += v * (10 - i);
        }
        if (sum % 11 != 0) {
            return ParsedCode.invalid(input, "code '" + input + "' has a wrong ISBN-10 check character");
        }
        String body = "978" + code.substring(0, 9);
        return ParsedCode.valid(input, pad(body + checkDigit(body), 14), CodeType.ISBN_10);
    }

    /** UPC-E (number system 0 or 1, six digits, check digit) to its UPC-A form, or null when it cannot be one. */
    static String expandUpcE(String upcE) {
        char system = upcE.charAt(0);
        if (system != '0' && system != '1') {
            return null;
        }
        String d = upcE.substring(1, 7);
        char check = upcE.charAt(7);
        String body = switch (d.charAt(5)) {
            case '0', '1', '2' -> d.substring(0, 2) + d.charAt(5) + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + d.charAt(5);
        };
        return system + body + check;
    }

    /** GS1 mod-10 check digit of a code body (weights 3,1,3... from the right). */
    public static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean checkDigitOk(String code) {
        return checkDigit(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1) - '0';
    }

    private static String pad(String code, int length) {
        return "0".repeat(length - code.length()) + code;
    }
}
