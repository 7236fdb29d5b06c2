package com.code2asin.jobs.intake;

/**
 * One data row of an uploaded file: the code as written and the extra columns kept with it, each as the file gave it
 * (price, quantity and condition too: "12,50 €" is kept, not guessed at).
 */
public record IntakeRow(int rowNumber, String code, String productId, String productName, String brand, String asin,
                        String sku, String price, String quantity, String condition) {

    public static IntakeRow ofCode(int rowNumber, String code) {
        return new IntakeRow(rowNumber, code, null, null, null, null, null, null, null, null);
    }
}
