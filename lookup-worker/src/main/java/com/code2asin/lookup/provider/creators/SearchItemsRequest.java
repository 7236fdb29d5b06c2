package com.code2asin.lookup.provider.creators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * searchItems body: the code (or, for a title search, the product name) as {@code keywords} in
 * {@code searchIndex=All} (docs/amazon.md, "Creators API: searchItems request body"). Only the fields the worker
 * sends; nulls are left out.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchItemsRequest(
        String partnerTag,
        String keywords,
        String searchIndex,
        Integer itemCount,
        List<String> resources) {

    static SearchItemsRequest forKeywords(String partnerTag, String keywords, int itemCount, List<String> resources) {
        return new SearchItemsRequest(partnerTag, keywords, "All", itemCount, resources);
    }
}
