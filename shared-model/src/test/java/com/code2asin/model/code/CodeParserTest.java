package com.code2asin.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeParserTest {

    @ParameterizedTest(name = "{0} is {2} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3017620422003     | 03017620422003 | EAN_13
            5449000000996     | 05449000000996 | EAN_13
            0887276302195     | 00887276302195 | EAN_13
            887276302195      | 00887276302195 | UPC_A
            87276302199       | 00087276302199 | UPC_A
            4902430735063     | 04902430735063 | JAN
            9780306406157     | 09780306406157 | ISBN_13
            0306406152        | 09780306406157 | ISBN_10
            0-306-40615-2     | 09780306406157 | ISBN_10
            080442957X        | 09780804429573 | ISBN_10
            73513537          | 00000073513537 | EAN_8
            96385074          | 00000096385074 | EAN_8
            04252614          | 00042100005264 | UPC_E
            10012345000017    | 10012345000017 | GTIN_14
            00887276302195    | 00887276302195 | GTIN_14
            '3 017620 422003' | 03017620422003 | EAN_13
            3017620422003.0   | 03017620422003 | EAN_13
            """)
    void validCodesBecomeGtin14(String input, String gtin14, CodeType type) {
        ParsedCode parsed = CodeParser.parse(input);
        assertTrue(parsed.isValid(), () -> parsed.error());
        assertEquals(gtin14, parsed.gtin14());
        assertEquals(type, parsed.type());
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3017620422004  | wrong check digit
            887276302196   | wrong check digit
            3.76012E+12    | scientific notation
            3,76012E+12    | scientific notation
            ABC123456789   | characters other than digits
            12345          | has 5 digits
            123456789012345| has 15 digits
            0306406153     | wrong check digit
            73513538       | neither EAN-8 nor UPC-E
            ''             | empty code
            """)
    void brokenCodesAreRejectedWithAReason(String input, String reason) {
        ParsedCode parsed = CodeParser.parse(input);
        assertFalse(parsed.isValid());
        assertNull(parsed.gtin14());
        assertTrue(parsed.error().contains(reason), parsed.error());
    }
}
