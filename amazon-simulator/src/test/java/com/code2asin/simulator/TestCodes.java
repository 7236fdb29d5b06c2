package com.code2asin.simulator;

import com.code2asin.model.code.CodeParser;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Valid EAN-13 test codes, reproducible from a seed. */
public final class TestCodes {

    private TestCodes() {
    }

    public static List<String> ean13(long seed, int count) {
        Random random = new Random(seed);
        return Stream.generate(() -> {
            StringBuilder body = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 0; i < 11; i++) {
                body.append(random.nextInt(10));
            }
            return body.toString() + CodeParser.checkDigit(body.toString());
        }).limit(count).toList();
    }

    public static String gtin14(String code) {
        return CodeParser.parse(code).gtin14();
    }
}
