package com.code2asin.lookup.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a provider answered, code by code: GTIN-14 -> the products found for that code (empty when Amazon knows
 * none), and the codes it could not look up, with why. Each code's list holds only what its own search found, so
 * the scorer never sees another code's products. {@code raw} holds, per code, what the provider answered for it as
 * a JSON object (for the change log); a code answered from the cache has none.
 */
public record CatalogAnswer(Map<String, List<CatalogProduct>> found, Map<String, ProviderException> failed,
                            Map<String, String> raw) {

    public CatalogAnswer(Map<String, List<CatalogProduct>> found, Map<String, ProviderException> failed) {
        this(found, failed, Map.of());
    }

    /** The same answer, with the provider's own answer for each code. */
    public CatalogAnswer withRaw(Map<String, String> raw) {
        return new CatalogAnswer(found, failed, raw);
    }

    public static CatalogAnswer empty() {
        return new CatalogAnswer(Map.of(), Map.of());
    }

    public static CatalogAnswer failed(String gtin14, ProviderException why) {
        return new CatalogAnswer(Map.of(), Map.of(gtin14, why));
    }

    /** Every code failed for the same reason, as when their call failed. */
    public static CatalogAnswer failed(List<String> gtin14s, ProviderException why) {
        Map<String, ProviderException> failed = new LinkedHashMap<>();
        gtin14s.forEach(code -> failed.put(code, why));
        return new CatalogAnswer(Map.of(), failed);
    }

    /**
     * For an API that answers several codes in one call without saying which code found what (SP-API): a product
     * belongs to the codes among its identifiers, a variation parent to the codes of its children. A product with
     * neither can only be placed when one code was asked.
     */
    public static CatalogAnswer attributed(List<String> gtin14s, List<CatalogProduct> products) {
        Map<String, List<CatalogProduct>> found = new LinkedHashMap<>();
        for (String code : gtin14s) {
            List<CatalogProduct> carrying = products.stream().filter(p -> p.gtin14s().contains(code)).toList();
            Set<String> parents = carrying.stream().map(CatalogProduct::parentAsin)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            List<CatalogProduct> mine = new ArrayList<>(carrying);
            products.stream().filter(p -> !p.gtin14s().contains(code))
                    .filter(p -> parents.contains(p.asin()) || gtin14s.size() == 1 && p.gtin14s().isEmpty())
                    .forEach(mine::add);
            found.put(code, List.copyOf(mine));
        }
        return new CatalogAnswer(found, Map.of());
    }

    /** What was found for one code; empty when nothing was (or the code failed). */
    public List<CatalogProduct> forCode(String gtin14) {
        return found.getOrDefault(gtin14, List.of());
    }

    /** Every product of the answer once, whichever code found it. */
    public List<CatalogProduct> products() {
        Map<String, CatalogProduct> byAsin = new LinkedHashMap<>();
        found.values().forEach(list -> list.forEach(p -> byAsin.putIfAbsent(p.asin(), p)));
        return List.copyOf(byAsin.values());
    }

    public CatalogAnswer merge(CatalogAnswer other) {
        Map<String, List<CatalogProduct>> allFound = new LinkedHashMap<>(found);
        allFound.putAll(other.found);
        Map<String, ProviderException> allFailed = new HashMap<>(failed);
        allFailed.putAll(other.failed);
        Map<String, String> allRaw = new HashMap<>(raw);
        allRaw.putAll(other.raw);
        return new CatalogAnswer(allFound, allFailed, allRaw);
    }
}
