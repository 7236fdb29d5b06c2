package com.code2asin.jobs.messaging;

import com.code2asin.model.code.CodeParser;
import java.util.concurrent.ThreadLocalRandom;

/** Codes for tests over the shared database. */
final class TestCodes {

    private TestCodes() {
    }

    /** A fresh valid EAN-13 each call: review rules are remembered per tenant and code. */
    static String randomEan() {
        String body = "40" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
        return body + CodeParser.checkDigit(body);
    }
}
