package com.code2asin.simulator.spapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** SP-API Catalog Items v2022-04-01 {@code Item}: datasets grouped by marketplace, present only when asked for. */
@RegisterForReflection
@JsonInclude(Include.NON_NULL)
public record Item(String asin, List<IdentifiersByMarketplace> identifiers, List<Summary> summaries,
                   List<ImagesByMarketplace> images, List<SalesRanks> salesRanks,
                   List<RelationshipsByMarketplace> relationships, List<ProductType> productTypes,
                   List<ClassificationsByMarketplace> classifications) {

    @RegisterForReflection
    public record IdentifiersByMarketplace(String marketplaceId, List<Identifier> identifiers) {
    }

    @RegisterForReflection
    public record Identifier(String identifierType, String identifier) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Summary(String marketplaceId, String brand, BrowseClassification browseClassification,
                          String color, String itemClassification, String itemName, String manufacturer,
                          String modelNumber, Integer packageQuantity, String partNumber, String size,
                          String websiteDisplayGroup, String websiteDisplayGroupName) {
    }

    @RegisterForReflection
    public record BrowseClassification(String displayName, String classificationId) {
    }

    @RegisterForReflection
    public record ImagesByMarketplace(String marketplaceId, List<Image> images) {
    }

    @RegisterForReflection
    public record Image(String variant, String link, int height, int width) {
    }

    @RegisterForReflection
    public record SalesRanks(String marketplaceId, List<ClassificationRank> classificationRanks,
                             List<DisplayGroupRank> displayGroupRanks) {
    }

    @RegisterForReflection
    public record ClassificationRank(String classificationId, String title, String link, int rank) {
    }

    @RegisterForReflection
    public record DisplayGroupRank(String websiteDisplayGroup, String title, String link, int rank) {
    }

    @RegisterForReflection
    public record RelationshipsByMarketplace(String marketplaceId, List<Relationship> relationships) {
    }

    @RegisterForReflection
    public record Relationship(String type, List<String> parentAsins, List<String> childAsins,
                               VariationTheme variationTheme) {
    }

    @RegisterForReflection
    public record VariationTheme(List<String> attributes, String theme) {
    }

    @RegisterForReflection
    public record ProductType(String marketplaceId, String productType) {
    }

    @RegisterForReflection
    public record ClassificationsByMarketplace(String marketplaceId, List<Classification> classifications) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Classification(String displayName, String classificationId, Classification parent) {
    }
}
