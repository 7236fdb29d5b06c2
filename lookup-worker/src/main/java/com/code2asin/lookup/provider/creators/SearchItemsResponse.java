package com.code2asin.lookup.provider.creators;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * The parts of a Creators API searchItems answer the worker reads (Amazon SDK model names, lowerCamelCase). Every
 * block is optional: a resource not asked for, or data Amazon lacks, leaves its key out. Unknown fields are ignored.
 */
@RegisterForReflection(targets = {
        SearchItemsResponse.class, SearchItemsResponse.SearchResult.class, SearchItemsResponse.Item.class,
        SearchItemsResponse.ItemInfo.class, SearchItemsResponse.ProductInfo.class, SearchItemsResponse.SingleValue.class, SearchItemsResponse.MultiValue.class,
        SearchItemsResponse.ExternalIds.class, SearchItemsResponse.ByLineInfo.class,
        SearchItemsResponse.Classifications.class, SearchItemsResponse.Images.class, SearchItemsResponse.ImageSizes.class,
        SearchItemsResponse.Image.class, SearchItemsResponse.OffersV2.class, SearchItemsResponse.Listing.class,
        SearchItemsResponse.Price.class, SearchItemsResponse.Money.class, SearchItemsResponse.BrowseNodeInfo.class,
        SearchItemsResponse.BrowseNode.class, SearchItemsResponse.SalesRank.class, SearchItemsResponse.Error.class,
        SearchItemsResponse.ErrorBody.class})
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchItemsResponse(SearchResult searchResult, List<Error> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SearchResult(Integer totalResultCount, @JsonProperty("searchURL") String searchUrl,
                               List<Item> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String asin, @JsonProperty("parentASIN") String parentAsin,
                       @JsonProperty("detailPageURL") String detailPageUrl, ItemInfo itemInfo, Images images,
                       OffersV2 offersV2, BrowseNodeInfo browseNodeInfo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemInfo(SingleValue title, ByLineInfo byLineInfo, ExternalIds externalIds,
                           Classifications classifications, ProductInfo productInfo) {
    }

    /** {@code unitCount}: how many units the item holds (a multipack), as in PA-API 5's ProductInfo. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductInfo(SingleValue unitCount) {
    }

    /** {@code {displayValue, label, locale}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SingleValue(String displayValue) {
    }

    /** {@code {displayValues: [...], label, locale}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MultiValue(List<String> displayValues) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExternalIds(MultiValue eans, MultiValue upcs, MultiValue isbns) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ByLineInfo(SingleValue brand, SingleValue manufacturer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Classifications(SingleValue productGroup, SingleValue binding) {
    }

    /** {@code primary} is one image in up to three sizes; {@code variants} the other images, each the same way. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Images(ImageSizes primary, List<ImageSizes> variants) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImageSizes(Image small, Image medium, Image large) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Image(String url, Integer height, Integer width) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OffersV2(List<Listing> listings) {
    }

    /** A listing may come without a price (e.g. {@code violatesMAP}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listing(Price price, Boolean isBuyBoxWinner) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Price(Money money) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Money(BigDecimal amount, String currency, String displayAmount) {
    }

    /** {@code websiteSalesRank} is a sibling of {@code browseNodes}, as in Amazon's model. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BrowseNodeInfo(List<BrowseNode> browseNodes, SalesRank websiteSalesRank) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BrowseNode(String id, String displayName, String contextFreeName, Integer salesRank) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SalesRank(Integer salesRank, String displayName, String contextFreeName) {
    }

    /** A partial error inside a 200 ({@code NoResults}, {@code InvalidParameterValue}, ...). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String code, String message) {
    }

    /**
     * The body of a non-2xx answer; which fields are present depends on the status (docs/amazon.md,
     * "Creators API: errors").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorBody(String type, String message, String reason) {
    }
}
