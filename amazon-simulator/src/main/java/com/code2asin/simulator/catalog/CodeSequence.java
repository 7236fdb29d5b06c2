package com.code2asin.simulator.catalog;

import com.code2asin.model.code.CodeParser;
import com.code2asin.simulator.catalog.StableHash.Draw;

import java.util.List;

/**
 * The codes of the ground truth, by index: realistic barcodes drawn from the seed, three in four EAN-13 with a
 * European GS1 prefix (France, Germany, UK, Italy, Spain) and one in four UPC-A, each with its check digit.
 */
public final class CodeSequence {

    private static final long SALT = 0x5E0L;
    private static final List<int[]> EAN_PREFIXES = List.of(new int[]{300, 379}, new int[]{400, 440},
            new int[]{500, 509}, new int[]{800, 839}, new int[]{840, 849});
    private static final int[] UPC_SYSTEMS = {0, 1, 6, 7, 8, 9};

    private final long seed;

    public CodeSequence(long seed) {
        this.seed = seed;
    }

    /** The code at {@code index}, as printed on the pack (13 digits for an EAN-13, 12 for a UPC-A). */
    public String code(long index) {
        Draw d = new Draw(StableHash.of(seed, SALT, index));
        StringBuilder body = new StringBuilder();
        int digits;
        if (d.nextInt(4) == 0) {
            body.append(UPC_SYSTEMS[d.nextInt(UPC_SYSTEMS.length)]);
            digits = 11;
        } else {
            int[] range = d.pick(EAN_PREFIXES);
            body.append(d.between(range[0], range[1]));
            digits = 12;
        }
        while (body.length() < digits) {
            body.append(d.nextInt(10));
        }
        return body.toString() + CodeParser.checkDigit(body.toString());
    }

    /** The 12-digit catalog body of the code at {@code index} (its GTIN-14 without the leading 0 and check digit). */
    long body(long index) {
        String code = code(index);
        return Long.parseLong(code.substring(0, code.length() - 1));
    }
}
