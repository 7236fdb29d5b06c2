package com.code2asin.lookup.provider.spapi;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The parts of SP-API {@code ItemSearchResults} the worker reads. Each dataset of an item is grouped by marketplace;
 * unknown fields are ignored, so Amazon adding data breaks nothing.
 */
@RegisterForReflection(targets = {
        CatalogSearchResults.class, CatalogSearchResults.Pagination.class, CatalogSearchResults.Item.class,
        CatalogSearchResults.Identifiers.class, CatalogSearchResults.Identifier.class, CatalogSearchResults.Summary.class,
        CatalogSearchResults.Classification.class, CatalogSearchResults.Images.class, CatalogSearchResults.Image.class,
        CatalogSearchResults.SalesRanks.class, CatalogSearchResults.Rank.class, CatalogSearchResults.Relationships.class,
        CatalogSearchResults.Relationship.class, CatalogSearchResults.ErrorList.class, CatalogSearchResults.Error.class})
public record CatalogSearchResults(int numberOfResults, Pagination pagination, List<Item> items) {

    public record Pagination(String nextToken, String previousToken) {
    }

    public record Item(String asin, List<Identifiers> identifiers, List<Summary> summaries, List<Images> images,
                       List<SalesRanks> salesRanks, List<Relationships> relationships) {
    }

    public record Identifiers(String marketplaceId, List<Identifier> identifiers) {
    }

    public record Identifier(String identifierType, String identifier) {
    }

    public record Summary(String marketplaceId, String brand, String itemName, String manufacturer,
                          Classification browseClassification, String itemClassification, Integer packageQuantity) {
    }

    public record Classification(String displayName, String classificationId) {
    }

    public record Images(String marketplaceId, List<Image> images) {
    }

    public record Image(String variant, String link, int height, int width) {
    }

    public record SalesRanks(String marketplaceId, List<Rank> classificationRanks, List<Rank> displayGroupRanks) {
    }

    public record Rank(String title, Integer rank) {
    }

    public record Relationships(String marketplaceId, List<Relationship> relationships) {
    }

    public record Relationship(String type, List<String> parentAsins, List<String> childAsins,
                               Map<String, Object> variationTheme) {
    }

    /** SP-API's error body: {@code {"errors":[{"code","message","details"}]}}. */
    public record ErrorList(List<Error> errors) {
    }

    public record Error(String code, String message, String details) {
    }
}
