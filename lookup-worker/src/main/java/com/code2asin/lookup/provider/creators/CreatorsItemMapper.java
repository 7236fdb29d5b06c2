package com.code2asin.lookup.provider.creators;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.lookup.domain.Offer;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a Creators API item into a {@link CatalogProduct}. Identifiers are the item's EANs, UPCs and ISBNs as
 * GTIN-14; the price is the buy-box listing's (else the first priced listing's) from {@code offersV2}.
 */
final class CreatorsItemMapper {

    private CreatorsItemMapper() {
    }

    /**
     * The items one code's search returned that carry the code, the variation parents of those, and the items
     * without any external id: the keyword search may have found those by their text, so they stay as candidates
     * the scorer can only rate {@code fuzzy} against the item's name (docs/amazon.md, "Creators API: looking up an
     * EAN with it": "at best fuzzy"). Items carrying other codes only are dropped.
     */
    static List<CatalogProduct> forCode(String gtin14, SearchItemsResponse response) {
        List<CatalogProduct> products = items(response).stream().map(i -> toProduct(i, identifiers(i))).toList();
        Set<String> parents = products.stream()
                .filter(p -> p.gtin14s().contains(gtin14) && p.parentAsin() != null)
                .map(CatalogProduct::parentAsin).collect(Collectors.toSet());
        return products.stream()
                .filter(p -> p.gtin14s().contains(gtin14) || parents.contains(p.asin()) || p.gtin14s().isEmpty())
                .map(p -> parents.contains(p.asin()) ? asParent(p) : p)
                .toList();
    }

    /** The items of a title search: none carries the searched code, each is a fuzzy candidate at best. */
    static List<CatalogProduct> forTitle(SearchItemsResponse response) {
        return items(response).stream().map(i -> toProduct(i, identifiers(i))).toList();
    }

    static CatalogProduct toProduct(SearchItemsResponse.Item item, Set<String> gtin14s) {
        Optional<SearchItemsResponse.ItemInfo> info = Optional.ofNullable(item.itemInfo());
        Optional<SearchItemsResponse.BrowseNodeInfo> nodes = Optional.ofNullable(item.browseNodeInfo());
        Optional<SearchItemsResponse.Money> money = price(item.offersV2());
        boolean ownParent = item.asin() != null && item.asin().equals(item.parentAsin());
        return new CatalogProduct(
                item.asin(),
                gtin14s,
                info.map(SearchItemsResponse.ItemInfo::title).map(SearchItemsResponse.SingleValue::displayValue)
                        .orElse(null),
                info.map(SearchItemsResponse.ItemInfo::byLineInfo).map(SearchItemsResponse.ByLineInfo::brand)
                        .map(SearchItemsResponse.SingleValue::displayValue).orElse(null),
                info.map(SearchItemsResponse.ItemInfo::byLineInfo).map(SearchItemsResponse.ByLineInfo::manufacturer)
                        .map(SearchItemsResponse.SingleValue::displayValue).orElse(null),
                category(info, nodes),
                ownParent,
                ownParent ? null : item.parentAsin(),
                unitCount(info),
                nodes.map(SearchItemsResponse.BrowseNodeInfo::websiteSalesRank)
                        .map(SearchItemsResponse.SalesRank::salesRank)
                        .or(() -> nodes.flatMap(n -> stream(n.browseNodes())
                                .map(SearchItemsResponse.BrowseNode::salesRank).filter(Objects::nonNull).findFirst()))
                        .orElse(null),
                images(item.images()),
                money.map(m -> Offer.priced(m.amount(), m.currency())).orElse(Offer.NONE));
    }

    /** The item's current offer: the buy-box listing's price, else the first priced listing's, else none. */
    static Offer offer(SearchItemsResponse.Item item) {
        return price(item.offersV2()).map(m -> Offer.priced(m.amount(), m.currency())).orElse(Offer.NONE);
    }

    /** {@code itemInfo.productInfo.unitCount}; 1 when absent or unreadable. */
    private static int unitCount(Optional<SearchItemsResponse.ItemInfo> info) {
        String count = info.map(SearchItemsResponse.ItemInfo::productInfo).map(SearchItemsResponse.ProductInfo::unitCount)
                .map(SearchItemsResponse.SingleValue::displayValue).orElse(null);
        try {
            return count == null ? 1 : Math.max(1, (int) Double.parseDouble(count.strip()));
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }

    /** EANs, UPCs and ISBNs of the item as GTIN-14 (an ISBN-10 becomes its 978 form); invalid ones are dropped. */
    static Set<String> identifiers(SearchItemsResponse.Item item) {
        SearchItemsResponse.ExternalIds ids = item.itemInfo() == null ? null : item.itemInfo().externalIds();
        if (ids == null) {
            return Set.of();
        }
        return Stream.of(ids.eans(), ids.upcs(), ids.isbns())
                .filter(Objects::nonNull)
                .flatMap(v -> stream(v.displayValues()))
                .map(CodeParser::parse)
                .filter(ParsedCode::isValid)
                .map(ParsedCode::gtin14)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<SearchItemsResponse.Item> items(SearchItemsResponse response) {
        return response == null || response.searchResult() == null || response.searchResult().items() == null
                ? List.of() : response.searchResult().items().stream().filter(i -> i.asin() != null).toList();
    }

    private static CatalogProduct asParent(CatalogProduct p) {
        return new CatalogProduct(p.asin(), p.gtin14s(), p.title(), p.brand(), p.manufacturer(), p.category(), true,
                null, p.packageQuantity(), p.salesRank(), p.images(), p.offer());
    }

    /** The leaf browse node, else the sales rank's category, else the product group. */
    private static String category(Optional<SearchItemsResponse.ItemInfo> info,
                                   Optional<SearchItemsResponse.BrowseNodeInfo> nodes) {
        return nodes.flatMap(n -> stream(n.browseNodes()).map(SearchItemsResponse.BrowseNode::displayName)
                        .filter(Objects::nonNull).findFirst())
                .or(() -> nodes.map(SearchItemsResponse.BrowseNodeInfo::websiteSalesRank)
                        .map(SearchItemsResponse.SalesRank::displayName))
                .or(() -> info.map(SearchItemsResponse.ItemInfo::classifications)
                        .map(SearchItemsResponse.Classifications::productGroup)
                        .map(SearchItemsResponse.SingleValue::displayValue))
                .orElse(null);
    }

    /** Buy-box winner first; a listing without a price (empty, or hidden for MAP) is skipped. */
    private static Optional<SearchItemsResponse.Money> price(SearchItemsResponse.OffersV2 offers) {
        return stream(offers == null ? null : offers.listings())
                .filter(l -> l.price() != null && l.price().money() != null && l.price().money().amount() != null)
                .min(Comparator.comparing(l -> !Boolean.TRUE.equals(l.isBuyBoxWinner())))
                .map(l -> l.price().money());
    }

    /** The primary image, then the variants, each at the largest size returned; a URL appears once. */
    private static List<String> images(SearchItemsResponse.Images images) {
        if (images == null) {
            return List.of();
        }
        List<SearchItemsResponse.ImageSizes> all = new ArrayList<>();
        if (images.primary() != null) {
            all.add(images.primary());
        }
        all.addAll(stream(images.variants()).filter(Objects::nonNull).toList());
        return all.stream()
                .map(CreatorsItemMapper::largest)
                .flatMap(Optional::stream)
                .map(SearchItemsResponse.Image::url)
                .distinct()
                .toList();
    }

    private static Optional<SearchItemsResponse.Image> largest(SearchItemsResponse.ImageSizes sizes) {
        return Stream.of(sizes.large(), sizes.medium(), sizes.small())
                .filter(i -> i != null && i.url() != null)
                .max(Comparator.comparingLong(CreatorsItemMapper::area));
    }

    private static long area(SearchItemsResponse.Image i) {
        return (long) (i.width() == null ? 0 : i.width()) * (i.height() == null ? 0 : i.height());
    }

    private static <T> Stream<T> stream(List<T> list) {
        return list == null ? Stream.empty() : list.stream();
    }
}
