package com.code2asin.simulator.spapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/** SP-API {@code ItemSearchResults}; pagination is left out when there is no other page. */
@RegisterForReflection
@JsonInclude(Include.NON_NULL)
public record ItemSearchResults(int numberOfResults, Pagination pagination, Refinements refinements,
                                List<Item> items) {

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Pagination(String nextToken, String previousToken) {
    }

    /** Meant for keyword searches; an identifiers search gets both lists empty. */
    @RegisterForReflection
    public record Refinements(List<BrandRefinement> brands, List<ClassificationRefinement> classifications) {
    }

    @RegisterForReflection
    public record BrandRefinement(int numberOfResults, String brandName) {
    }

    @RegisterForReflection
    public record ClassificationRefinement(int numberOfResults, String displayName, String classificationId) {
    }
}
