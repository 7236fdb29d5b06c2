package com.code2asin.lookup.rest;

import com.code2asin.lookup.domain.CatalogProduct;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One ASIN's product on one marketplace, as the provider describes it (the answer to a lookup by ASIN). */
@RegisterForReflection
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductView(
        String asin,
        String marketplace,
        String provider,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String brand,
        @Schema(nullable = true) String manufacturer,
        @Schema(nullable = true) String category,
        @Schema(nullable = true) String parentAsin,
        int packageQuantity,
        @Schema(nullable = true) Integer salesRank,
        List<String> images,
        @Schema(nullable = true) BigDecimal price,
        @Schema(nullable = true) String currency,
        @Schema(description = "the product's codes (GTIN-14) the provider lists") List<String> gtin14s) {

    static ProductView of(CatalogProduct p, String marketplace, String provider) {
        return new ProductView(p.asin(), marketplace, provider, p.title(), p.brand(), p.manufacturer(), p.category(),
                p.parentAsin(), p.packageQuantity(), p.salesRank(), p.images() == null ? List.of() : p.images(),
                p.price(), p.currency(), p.gtin14s() == null ? List.of() : p.gtin14s().stream().sorted().toList());
    }
}
