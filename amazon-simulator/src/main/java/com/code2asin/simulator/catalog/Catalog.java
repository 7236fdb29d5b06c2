package com.code2asin.simulator.catalog;

import com.code2asin.model.Marketplace;
import com.code2asin.model.code.CodeParser;
import com.code2asin.model.code.ParsedCode;
import com.code2asin.simulator.config.SimulatorConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The generated Amazon catalog: nothing stored, every answer computed from (seed, code, marketplace).
 * About one code in five is not on Amazon; of the others, a few miss one marketplace, have a second ASIN
 * (duplicate listing or multipack) or are variation children whose parent the search also returns.
 */
@Singleton
public class Catalog {

    private static final int MAX_KEYWORD_HITS = 100;

    private final long seed;
    private final AsinCodec asins;
    private final ProductFactory factory;
    private final Pricing pricing;
    private final CodeSequence codes;
    private final int keywordIndexSize;
    private volatile KeywordIndex keywordIndex;

    @Inject
    public Catalog(SimulatorConfig config) {
        this(config.seed(), config.imageBaseUrl(), config.keywordIndexSize());
    }

    public Catalog(long seed, String imageBaseUrl) {
        this(seed, imageBaseUrl, 1_000_000);
    }

    public Catalog(long seed, String imageBaseUrl, int keywordIndexSize) {
        this.seed = seed;
        this.asins = new AsinCodec(seed);
        this.factory = new ProductFactory(seed, imageBaseUrl);
        this.pricing = new Pricing(seed);
        this.codes = new CodeSequence(seed);
        this.keywordIndexSize = keywordIndexSize;
    }

    /** The ground-truth codes of this catalog's seed. */
    public CodeSequence codes() {
        return codes;
    }

    /** What searchCatalogItems returns for one code (as GTIN-14) on one marketplace; title-only listings never. */
    public List<Product> find(String gtin14, Marketplace m) {
        return CodeProfile.of(seed, gtin14).filter(p -> p.presentIn(m) && p.kind() != CodeProfile.Kind.TITLE_ONLY)
                .map(p -> products(p, m)).orElse(List.of());
    }

    /**
     * A keyword search: the title-only listings (among the first ground-truth codes) whose title holds every word,
     * on marketplaces that have them. Listings that carry identifiers are found by code only.
     */
    public List<Product> searchKeywords(String keywords, Marketplace m) {
        return keywordIndex().search(keywords, MAX_KEYWORD_HITS).stream()
                .map(body -> CodeProfile.of(seed, body).orElseThrow())
                .filter(p -> p.presentIn(m))
                .map(p -> factory.titleOnly(p, m, asins.listing(p.body(), 0)))
                .toList();
    }

    private KeywordIndex keywordIndex() {
        KeywordIndex index = keywordIndex;
        if (index == null) {
            synchronized (this) {
                index = keywordIndex;
                if (index == null) {
                    index = new KeywordIndex(codes, keywordIndexSize, body -> CodeProfile.of(seed, body).orElse(null),
                            body -> factory.titleOnly(CodeProfile.of(seed, body).orElseThrow(), Marketplace.FR,
                                    asins.listing(body, 0)).itemName());
                    keywordIndex = index;
                }
            }
        }
        return index;
    }

    /** The offer of a listing on its marketplace (Creators API offersV2). */
    public Optional<Price> price(Product p) {
        return pricing.offer(p).price();
    }

    /** False when the listing has no offer at all (an empty offersV2 listings list). */
    public boolean offered(Product p) {
        return pricing.offer(p).listed();
    }

    /**
     * The sellers' new offers on a listing (SP-API Product Pricing): the Buy Box winner, when the listing has a
     * {@link #price}, sells at exactly that price; none when it is not {@link #offered}.
     */
    public ListingOffers sellerOffers(Product p) {
        return pricing.sellerOffers(p);
    }

    /**
     * How a code appears on a marketplace, for the ground truth's detail columns: NOT_LISTED, MISSING_HERE (listed on
     * other marketplaces only), PLAIN, DUPLICATE, MULTIPACK, VARIATION_CHILD or TITLE_ONLY.
     */
    public String kind(String gtin14, Marketplace m) {
        return CodeProfile.of(seed, gtin14)
                .map(p -> p.presentIn(m) ? p.kind().name() : "MISSING_HERE")
                .orElse("NOT_LISTED");
    }

    /**
     * What searchCatalogItems returns for up to 20 identifiers: each code is normalised to GTIN-14 (one that is
     * not a valid code finds nothing) or, when {@code asins}, taken as an ASIN; an ASIN found twice is listed once.
     */
    public List<Product> search(List<String> identifiers, boolean asins, Marketplace m) {
        Map<String, Product> found = new LinkedHashMap<>();
        for (String identifier : identifiers) {
            List<Product> products = asins ? byAsin(identifier, m).stream().toList() : findCode(identifier, m);
            products.forEach(p -> found.putIfAbsent(p.asin(), p));
        }
        return List.copyOf(found.values());
    }

    private List<Product> findCode(String code, Marketplace m) {
        ParsedCode parsed = CodeParser.parse(code);
        return parsed.isValid() ? find(parsed.gtin14(), m) : List.of();
    }

    /** What getCatalogItem returns: any ASIN this catalog ever handed out, on a marketplace that has it. */
    public Optional<Product> byAsin(String asin, Marketplace m) {
        return asins.decode(asin).flatMap(slot -> switch (slot) {
            case AsinCodec.Listing l -> CodeProfile.of(seed, l.body())
                    .filter(p -> p.presentIn(m))
                    .flatMap(p -> products(p, m).stream().filter(product -> product.asin().equals(asin)).findFirst());
            case AsinCodec.Family f -> parent(f.family(), m);
        });
    }

    /**
     * Ground truth: the ASIN that truly carries the code (the single-unit base product or the variation child);
     * empty when a code search cannot find it (not listed, missing on this marketplace, or a title-only listing).
     */
    public Optional<String> rightAsin(String gtin14, Marketplace m) {
        return CodeProfile.of(seed, gtin14).filter(p -> p.presentIn(m) && p.kind() != CodeProfile.Kind.TITLE_ONLY)
                .map(p -> asins.listing(p.body(), 0));
    }

    /** The title-only listing of a code on a marketplace, if it is one: what a search by its title finds. */
    public Optional<Product> titleOnlyListing(String gtin14, Marketplace m) {
        return CodeProfile.of(seed, gtin14).filter(p -> p.presentIn(m) && p.kind() == CodeProfile.Kind.TITLE_ONLY)
                .map(p -> factory.titleOnly(p, m, asins.listing(p.body(), 0)));
    }

    private List<Product> products(CodeProfile p, Marketplace m) {
        String asin = asins.listing(p.body(), 0);
        return switch (p.kind()) {
            case PLAIN -> List.of(factory.primary(p, m, asin, null));
            case TITLE_ONLY -> List.of(factory.titleOnly(p, m, asin));
            case DUPLICATE, MULTIPACK -> List.of(factory.primary(p, m, asin, null),
                    factory.second(p, m, asins.listing(p.body(), 1)));
            case VARIATION_CHILD -> {
                Product parent = parent(p.family(), m).orElseThrow();
                Product child = factory.primary(p, m, asin, parent.asin());
                // Amazon lists the rolled-up parent before or after the child
                yield (p.body() & 1) == 0 ? List.of(child, parent) : List.of(parent, child);
            }
        };
    }

    private Optional<Product> parent(long family, Marketplace m) {
        List<String> children = new ArrayList<>();
        LongStream.range(family * 10, family * 10 + 10)
                .mapToObj(body -> CodeProfile.of(seed, body))
                .flatMap(Optional::stream)
                .filter(p -> p.kind() == CodeProfile.Kind.VARIATION_CHILD && p.presentIn(m))
                .forEach(p -> children.add(asins.listing(p.body(), 0)));
        if (children.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(factory.parent(family, m, asins.family(family), children));
    }
}
