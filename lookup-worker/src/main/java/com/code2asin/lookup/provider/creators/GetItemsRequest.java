package com.code2asin.lookup.provider.creators;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** getItems body: at most 10 ASINs and the resources wanted (docs/amazon.md, "Creators API: getItems request body"). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetItemsRequest(String partnerTag, List<String> itemIds, List<String> resources) {

    static final int MAX_ITEM_IDS = 10;

    /** Only what an offer refresh reads: the listings' prices and which one holds the buy box. */
    static final List<String> OFFER_RESOURCES = List.of("offersV2.listings.price", "offersV2.listings.isBuyBoxWinner");
}
