package com.code2asin.simulator.creators;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.math.BigDecimal;
import java.util.List;

/** Creators API answer bodies (Amazon SDK model names); a block not asked for is left out. */
public final class CreatorsResponses {

    private CreatorsResponses() {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record SearchItemsResponse(SearchResult searchResult, List<ErrorData> errors) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record SearchResult(int totalResultCount, @JsonProperty("searchURL") String searchUrl, List<Item> items) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record GetItemsResponse(ItemsResult itemsResult, List<ErrorData> errors) {
    }

    @RegisterForReflection
    public record ItemsResult(List<Item> items) {
    }

    /** A partial error beside (or instead of) the items of a 200. */
    @RegisterForReflection
    public record ErrorData(String code, String message) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Item(String asin, @JsonProperty("detailPageURL") String detailPageUrl,
                       @JsonProperty("parentASIN") String parentAsin, ItemInfo itemInfo, Images images,
                       OffersV2 offersV2, BrowseNodeInfo browseNodeInfo) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ItemInfo(SingleValue title, ByLineInfo byLineInfo, ExternalIds externalIds,
                           Classifications classifications, ProductInfo productInfo,
                           ManufactureInfo manufactureInfo) {
    }

    @RegisterForReflection
    public record SingleValue(Object displayValue, String label, String locale) {
    }

    @RegisterForReflection
    public record MultiValue(List<String> displayValues, String label, String locale) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ByLineInfo(SingleValue brand, SingleValue manufacturer) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ExternalIds(MultiValue eans, MultiValue upcs, MultiValue isbns) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Classifications(SingleValue productGroup, SingleValue binding) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ProductInfo(SingleValue color, SingleValue size, SingleValue unitCount) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ManufactureInfo(SingleValue model, SingleValue partNumber) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Images(ImageSizes primary, List<ImageSizes> variants) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record ImageSizes(Image small, Image medium, Image large) {
    }

    @RegisterForReflection
    public record Image(String url, int height, int width) {
    }

    @RegisterForReflection
    public record OffersV2(List<Listing> listings) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record Listing(Price price, Availability availability, Condition condition, MerchantInfo merchantInfo,
                          Boolean isBuyBoxWinner, String type) {
    }

    @RegisterForReflection
    public record Price(Money money) {
    }

    @RegisterForReflection
    public record Money(BigDecimal amount, String currency, String displayAmount) {
    }

    @RegisterForReflection
    public record Availability(String type, String message, int minOrderQuantity, int maxOrderQuantity) {
    }

    @RegisterForReflection
    public record Condition(String value, String subCondition) {
    }

    @RegisterForReflection
    public record MerchantInfo(String id, String name) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record BrowseNodeInfo(List<BrowseNode> browseNodes, SalesRank websiteSalesRank) {
    }

    @RegisterForReflection
    @JsonInclude(Include.NON_NULL)
    public record BrowseNode(String id, String displayName, String contextFreeName, Integer salesRank,
                             Boolean isRoot, BrowseNode ancestor) {
    }

    @RegisterForReflection
    public record SalesRank(int salesRank, String displayName, String contextFreeName) {
    }
}
