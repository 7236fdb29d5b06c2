package com.code2asin.lookup.rest;

import com.code2asin.lookup.domain.CatalogProvider;
import com.code2asin.model.Marketplace;
import jakarta.enterprise.inject.Instance;
import java.util.Arrays;

/** The marketplace and provider a request names, or a 400 listing the known ones. */
final class Choices {

    private Choices() {
    }

    static Marketplace marketplace(String name) {
        return Marketplace.find(name).orElseThrow(() -> Problems.badRequest("unknown marketplace '" + name
                + "'; use one of " + Arrays.toString(Marketplace.values())));
    }

    static CatalogProvider provider(Instance<CatalogProvider> providers, String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> Problems.badRequest("unknown provider '" + name + "'; use one of "
                        + providers.stream().map(CatalogProvider::name).toList()));
    }
}
