package com.code2asin.lookup.provider.spapi;

import com.code2asin.lookup.domain.CatalogProduct;
import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns an SP-API catalog item into a {@link CatalogProduct}, reading only the datasets of the marketplace asked. */
final class SpApiItemMapper {

    private SpApiItemMapper() {
    }

    static CatalogProduct toProduct(CatalogSearchResults.Item item, Marketplace m) {
        String id = m.marketplaceId();
        Optional<CatalogSearchResults.Summary> summary = forMarketplace(item.summaries(), id,
                CatalogSearchResults.Summary::marketplaceId);
        Set<String> gtins = forMarketplace(item.identifiers(), id, CatalogSearchResults.Identifiers::marketplaceId)
                .map(ids -> ids.identifiers().stream()
                        .map(i -> CodeParser.parse(i.identifier()))
                        .filter(ParsedCode::isValid)
                        .map(ParsedCode::gtin14)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        String parent = forMarketplace(item.relationships(), id, CatalogSearchResults.Relationships::marketplaceId)
                .flatMap(r -> r.relationships().stream()
                        .filter(rel -> rel.parentAsins() != null && !rel.parentAsins().isEmpty())
                        .map(rel -> rel.parentAsins().get(0)).findFirst())
                .orElse(null);
        Integer rank = forMarketplace(item.salesRanks(), id, CatalogSearchResults.SalesRanks::marketplaceId)
                .flatMap(r -> firstRank(r.classificationRanks()).or(() -> firstRank(r.displayGroupRanks())))
                .orElse(null);
        return new CatalogProduct(
                item.asin(),
                gtins,
                summary.map(CatalogSearchResults.Summary::itemName).orElse(null),
                summary.map(CatalogSearchResults.Summary::brand).orElse(null),
                summary.map(CatalogSearchResults.Summary::manufacturer).orElse(null),
                summary.map(CatalogSearchResults.Summary::browseClassification)
                        .map(CatalogSearchResults.Classification::displayName).orElse(null),
                summary.map(s -> "VARIATION_PARENT".equals(s.itemClassification())).orElse(false),
                parent,
                summary.map(CatalogSearchResults.Summary::packageQuantity).filter(Objects::nonNull).orElse(1),
                rank,
                largestPerVariant(item.images(), id),
                null); // Catalog Items carries no offers: SP-API prices need the Product Pricing API
    }

    private static <T> Optional<T> forMarketplace(List<T> groups, String marketplaceId,
                                                  java.util.function.Function<T, String> idOf) {
        return groups == null ? Optional.empty()
                : groups.stream().filter(g -> marketplaceId.equals(idOf.apply(g))).findFirst();
    }

    private static Optional<Integer> firstRank(List<CatalogSearchResults.Rank> ranks) {
        return ranks == null ? Optional.empty()
                : ranks.stream().map(CatalogSearchResults.Rank::rank).filter(Objects::nonNull).findFirst();
    }

    /** One link per image variant (MAIN first), the largest size Amazon offers of it. */
    private static List<String> largestPerVariant(List<CatalogSearchResults.Images> groups, String marketplaceId) {
        return forMarketplace(groups, marketplaceId, CatalogSearchResults.Images::marketplaceId)
                .map(g -> g.images().stream()
                        .collect(Collectors.toMap(CatalogSearchResults.Image::variant, i -> i,
                                (a, b) -> (long) a.width() * a.height() >= (long) b.width() * b.height() ? a : b,
                                LinkedHashMap::new)))
                .map(Map::values)
                .map(images -> images.stream()
                        .sorted(Comparator.comparing(i -> !"MAIN".equals(i.variant())))
                        .map(CatalogSearchResults.Image::link).toList())
                .orElse(List.of());
    }
}
