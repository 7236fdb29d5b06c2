package com.code2asin.model.event;

import java.util.UUID;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One code to look up; {@code gtin14} is the validated code, the others help fuzzy matching. {@code product_key}
 * names the seller's product its images are stored for ({@link com.code2asin.model.ProductKey}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LookupItem(UUID itemId, String code, String gtin14, String codeType, String name, String brand,
                         String productKey) {

    public LookupItem(UUID itemId, String code, String gtin14, String codeType, String name, String brand) {
        this(itemId, code, gtin14, codeType, name, brand, null);
    }
}
