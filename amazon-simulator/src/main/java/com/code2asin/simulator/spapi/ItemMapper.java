package com.code2asin.simulator.spapi;

import com.code2asin.simulator.catalog.Category;
import com.code2asin.simulator.catalog.Product;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Product (one per marketplace) to the SP-API Item, with only the datasets asked for. */
final class ItemMapper {

    private ItemMapper() {
    }

    static Item toItem(String asin, List<Product> perMarketplace, Set<IncludedData> datasets) {
        return new Item(asin,
                dataset(perMarketplace, datasets, IncludedData.IDENTIFIERS, ItemMapper::identifiers),
                dataset(perMarketplace, datasets, IncludedData.SUMMARIES, ItemMapper::summary),
                dataset(perMarketplace, datasets, IncludedData.IMAGES, ItemMapper::images),
                dataset(perMarketplace, datasets, IncludedData.SALES_RANKS, ItemMapper::salesRanks),
                dataset(perMarketplace, datasets, IncludedData.RELATIONSHIPS, ItemMapper::relationships),
                dataset(perMarketplace, datasets, IncludedData.PRODUCT_TYPES,
                        p -> new Item.ProductType(id(p), p.category().productType())),
                dataset(perMarketplace, datasets, IncludedData.CLASSIFICATIONS, ItemMapper::classifications));
    }

    private static <T> List<T> dataset(List<Product> products, Set<IncludedData> datasets, IncludedData dataset,
                                       Function<Product, T> mapper) {
        return datasets.contains(dataset) ? products.stream().map(mapper).toList() : null;
    }

    private static String id(Product p) {
        return p.marketplace().marketplaceId();
    }

    private static Item.IdentifiersByMarketplace identifiers(Product p) {
        return new Item.IdentifiersByMarketplace(id(p), p.identifiers().stream()
                .map(i -> new Item.Identifier(i.type(), i.value()))
                .toList());
    }

    private static Item.Summary summary(Product p) {
        Category c = p.category();
        return new Item.Summary(id(p), p.brand(),
                new Item.BrowseClassification(c.node().displayName(), c.node().classificationId()), p.color(),
                p.itemClassification(), p.itemName(), p.manufacturer(), p.modelNumber(), p.packageQuantity(),
                p.modelNumber(), p.size(), c.displayGroup(), c.displayGroupName());
    }

    private static Item.ImagesByMarketplace images(Product p) {
        return new Item.ImagesByMarketplace(id(p), p.images().stream()
                .map(i -> new Item.Image(i.variant(), i.link(), i.height(), i.width()))
                .toList());
    }

    private static Item.SalesRanks salesRanks(Product p) {
        if (p.rank() == null) {
            return new Item.SalesRanks(id(p), List.of(), List.of());
        }
        Category c = p.category();
        String bestsellers = "https://" + p.marketplace().domain() + "/gp/bestsellers/"
                + c.displayGroup().replace("_display_on_website", "");
        return new Item.SalesRanks(id(p),
                List.of(new Item.ClassificationRank(c.node().classificationId(), c.node().displayName(),
                        bestsellers + "/" + c.node().classificationId(), p.rank().inNode())),
                List.of(new Item.DisplayGroupRank(c.displayGroup(), c.displayGroupName(), bestsellers,
                        p.rank().inGroup())));
    }

    private static Item.RelationshipsByMarketplace relationships(Product p) {
        Item.VariationTheme theme = p.category().sizes().isEmpty()
                ? new Item.VariationTheme(List.of("color"), "COLOR_NAME")
                : new Item.VariationTheme(List.of("color", "size"), "SIZE_NAME/COLOR_NAME");
        List<Item.Relationship> relationships;
        if (p.parentAsin() != null) {
            relationships = List.of(new Item.Relationship("VARIATION", List.of(p.parentAsin()), List.of(), theme));
        } else if (!p.childAsins().isEmpty()) {
            relationships = List.of(new Item.Relationship("VARIATION", List.of(), p.childAsins(), theme));
        } else {
            relationships = List.of();
        }
        return new Item.RelationshipsByMarketplace(id(p), relationships);
    }

    private static Item.ClassificationsByMarketplace classifications(Product p) {
        Category c = p.category();
        Item.Classification root = new Item.Classification(c.root().displayName(), c.root().classificationId(), null);
        Item.Classification parent = new Item.Classification(c.parent().displayName(),
                c.parent().classificationId(), root);
        return new Item.ClassificationsByMarketplace(id(p), List.of(
                new Item.Classification(c.node().displayName(), c.node().classificationId(), parent)));
    }
}
