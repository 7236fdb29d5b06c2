package com.code2asin.simulator.creators;

import com.code2asin.model.Marketplace;
import com.code2asin.simulator.catalog.Catalog;
import com.code2asin.simulator.catalog.Category;
import com.code2asin.simulator.catalog.Product;
import com.code2asin.simulator.creators.CreatorsResponses.BrowseNode;
import com.code2asin.simulator.creators.CreatorsResponses.Image;
import com.code2asin.simulator.creators.CreatorsResponses.ImageSizes;
import com.code2asin.simulator.creators.CreatorsResponses.Item;
import com.code2asin.simulator.creators.CreatorsResponses.MultiValue;
import com.code2asin.simulator.creators.CreatorsResponses.SingleValue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Product to the Creators API Item, with only the resources asked for. */
final class CreatorsItemMapper {

    /** Every resource name accepted; customerReviews.* are accepted and, as reported of Amazon, return nothing. */
    static final Set<String> RESOURCES = Set.of("itemInfo.externalIds", "itemInfo.title", "itemInfo.byLineInfo",
            "itemInfo.classifications", "itemInfo.productInfo", "itemInfo.manufactureInfo", "images.primary.small",
            "images.primary.medium", "images.primary.large", "images.variants.small", "images.variants.medium",
            "images.variants.large", "offersV2.listings.price", "offersV2.listings.availability",
            "offersV2.listings.condition", "offersV2.listings.merchantInfo", "offersV2.listings.isBuyBoxWinner",
            "offersV2.listings.type", "browseNodeInfo.browseNodes", "browseNodeInfo.websiteSalesRank", "parentASIN",
            "customerReviews.count", "customerReviews.starRating");

    private static final int SMALL = 75;
    private static final int MEDIUM = 160;
    private static final int LARGE = 500;

    private final Catalog catalog;

    CreatorsItemMapper(Catalog catalog) {
        this.catalog = catalog;
    }

    Item toItem(Product p, Set<String> resources, String partnerTag) {
        Marketplace m = p.marketplace();
        String detail = "https://" + m.domain() + "/dp/" + p.asin() + "?tag="
                + URLEncoder.encode(partnerTag, StandardCharsets.UTF_8) + "&linkCode=ogi&th=1&psc=1";
        return new Item(p.asin(), detail, resources.contains("parentASIN") ? p.parentAsin() : null,
                itemInfo(p, resources), images(p, resources), offers(p, resources), browseNodes(p, resources));
    }

    private static CreatorsResponses.ItemInfo itemInfo(Product p, Set<String> r) {
        String locale = p.marketplace().locale();
        SingleValue title = r.contains("itemInfo.title") ? new SingleValue(p.itemName(), "Title", locale) : null;
        CreatorsResponses.ByLineInfo byLine = r.contains("itemInfo.byLineInfo")
                ? new CreatorsResponses.ByLineInfo(new SingleValue(p.brand(), "Brand", locale),
                new SingleValue(p.manufacturer(), "Manufacturer", locale)) : null;
        CreatorsResponses.ExternalIds ids = r.contains("itemInfo.externalIds") ? externalIds(p) : null;
        CreatorsResponses.Classifications classes = r.contains("itemInfo.classifications")
                ? new CreatorsResponses.Classifications(
                new SingleValue(p.category().displayGroupName(), "ProductGroup", locale),
                new SingleValue(p.category().root().displayName(), "Binding", locale)) : null;
        CreatorsResponses.ProductInfo info = r.contains("itemInfo.productInfo")
                ? new CreatorsResponses.ProductInfo(value(p.color(), "Color", locale), value(p.size(), "Size", locale),
                p.packageQuantity() == null ? null : new SingleValue(p.packageQuantity(), "NumberOfItems", "en_US"))
                : null;
        CreatorsResponses.ManufactureInfo made = r.contains("itemInfo.manufactureInfo")
                ? new CreatorsResponses.ManufactureInfo(new SingleValue(p.modelNumber(), "Model", "en_US"),
                new SingleValue(p.modelNumber(), "PartNumber", "en_US")) : null;
        if (title == null && byLine == null && ids == null && classes == null && info == null && made == null) {
            return null;
        }
        return new CreatorsResponses.ItemInfo(title, byLine, ids, classes, info, made);
    }

    private static SingleValue value(String value, String label, String locale) {
        return value == null ? null : new SingleValue(value, label, locale);
    }

    /** EAN and GTIN-14 forms go to eans, UPC to upcs; an item with no identifier has no externalIds. */
    private static CreatorsResponses.ExternalIds externalIds(Product p) {
        List<String> eans = p.identifiers().stream().filter(i -> !i.type().equals("UPC"))
                .map(Product.Identifier::value).toList();
        List<String> upcs = p.identifiers().stream().filter(i -> i.type().equals("UPC"))
                .map(Product.Identifier::value).toList();
        if (eans.isEmpty() && upcs.isEmpty()) {
            return null;
        }
        return new CreatorsResponses.ExternalIds(eans.isEmpty() ? null : new MultiValue(eans, "EAN", "en_US"),
                upcs.isEmpty() ? null : new MultiValue(upcs, "UPC", "en_US"), null);
    }

    /** The largest picture of each variant, scaled to 75, 160 and 500 pixels on its long side. */
    private static CreatorsResponses.Images images(Product p, Set<String> r) {
        boolean primary = r.stream().anyMatch(s -> s.startsWith("images.primary."));
        boolean variants = r.stream().anyMatch(s -> s.startsWith("images.variants."));
        if (!primary && !variants) {
            return null;
        }
        Map<String, Product.Image> largest = new LinkedHashMap<>();
        for (Product.Image i : p.images()) {
            largest.merge(i.variant(), i, (a, b) -> a.width() * a.height() >= b.width() * b.height() ? a : b);
        }
        ImageSizes main = null;
        List<ImageSizes> others = new ArrayList<>();
        for (Product.Image i : largest.values()) {
            String kind = i.variant().equals("MAIN") ? "images.primary." : "images.variants.";
            ImageSizes sizes = new ImageSizes(r.contains(kind + "small") ? scaled(i, SMALL) : null,
                    r.contains(kind + "medium") ? scaled(i, MEDIUM) : null,
                    r.contains(kind + "large") ? scaled(i, LARGE) : null);
            if (i.variant().equals("MAIN")) {
                main = primary ? sizes : null;
            } else if (variants) {
                others.add(sizes);
            }
        }
        return new CreatorsResponses.Images(main, variants ? others : null);
    }

    private static Image scaled(Product.Image i, int longSide) {
        double scale = (double) longSide / Math.max(i.width(), i.height());
        int w = (int) Math.round(i.width() * scale);
        int h = (int) Math.round(i.height() * scale);
        String url = i.link().replaceFirst("_\\d+x\\d+\\.jpg$", "_" + w + "x" + h + ".jpg");
        return new Image(url, h, w);
    }

    private CreatorsResponses.OffersV2 offers(Product p, Set<String> r) {
        if (r.stream().noneMatch(s -> s.startsWith("offersV2."))) {
            return null;
        }
        if (!catalog.offered(p)) {
            return new CreatorsResponses.OffersV2(List.of());
        }
        CreatorsResponses.Price price = r.contains("offersV2.listings.price")
                ? catalog.price(p).map(x -> new CreatorsResponses.Price(new CreatorsResponses.Money(x.amount(),
                x.currency(), x.displayAmount()))).orElse(null) : null;
        String store = "Amazon" + p.marketplace().domain().substring("www.amazon".length());
        return new CreatorsResponses.OffersV2(List.of(new CreatorsResponses.Listing(price,
                r.contains("offersV2.listings.availability")
                        ? new CreatorsResponses.Availability("IN_STOCK", "In stock", 1, 30) : null,
                r.contains("offersV2.listings.condition") ? new CreatorsResponses.Condition("New", "New") : null,
                r.contains("offersV2.listings.merchantInfo")
                        ? new CreatorsResponses.MerchantInfo(p.marketplace().marketplaceId(), store) : null,
                r.contains("offersV2.listings.isBuyBoxWinner") ? Boolean.TRUE : null,
                r.contains("offersV2.listings.type") ? "LISTING" : null)));
    }

    private static CreatorsResponses.BrowseNodeInfo browseNodes(Product p, Set<String> r) {
        boolean nodes = r.contains("browseNodeInfo.browseNodes");
        boolean rank = r.contains("browseNodeInfo.websiteSalesRank");
        if (!nodes && !rank) {
            return null;
        }
        Category c = p.category();
        BrowseNode root = new BrowseNode(c.root().classificationId(), c.root().displayName(),
                c.root().displayName(), null, true, null);
        BrowseNode parent = new BrowseNode(c.parent().classificationId(), c.parent().displayName(),
                c.parent().displayName(), null, false, root);
        BrowseNode node = new BrowseNode(c.node().classificationId(), c.node().displayName(), c.node().displayName(),
                p.rank() == null ? null : p.rank().inNode(), false, parent);
        CreatorsResponses.SalesRank website = rank && p.rank() != null
                ? new CreatorsResponses.SalesRank(p.rank().inGroup(), c.displayGroupName(), c.displayGroupName())
                : null;
        return new CreatorsResponses.BrowseNodeInfo(nodes ? List.of(node) : null, website);
    }
}
