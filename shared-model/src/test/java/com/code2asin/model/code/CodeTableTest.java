package com.code2asin.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The intake table: real and broken codes of every family, with the GTIN-14 and type expected (computed outside
 * CodeParser) or the reason a person is given. Rows: {@code src/test/resources/codes-table.csv}.
 */
class CodeTableTest {

    static Stream<Arguments> rows() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CodeTableTest.class.getResourceAsStream("/codes-table.csv"), StandardCharsets.UTF_8))) {
            List<Arguments> rows = in.lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\\|", -1))
                    .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : ""))
                    .toList();
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' {1} {3} {5}")
    @MethodSource("rows")
    void everyCodeOfTheTable(String input, String expected, String gtin14, String type, String reasonOrNote,
                             String note) {
        ParsedCode parsed = CodeParser.parse(input);
        if (expected.equals("valid")) {
            assertTrue(parsed.isValid(), () -> "'" + input + "' (" + reasonOrNote + "): " + parsed.error());
            assertEquals(gtin14, parsed.gtin14(), reasonOrNote);
            assertEquals(CodeType.valueOf(type), parsed.type(), reasonOrNote);
        } else {
            assertFalse(parsed.isValid(), () -> "'" + input + "' should be refused (" + note + ")");
            assertNull(parsed.gtin14());
            assertTrue(parsed.error().contains(reasonOrNote), () -> parsed.error() + " should say " + reasonOrNote);
        }
    }
}
