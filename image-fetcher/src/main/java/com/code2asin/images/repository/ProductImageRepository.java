package com.code2asin.images.repository;

import com.code2asin.images.domain.ProductImage;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ProductImageRepository implements PanacheRepositoryBase<ProductImage, ProductImage.Key> {

    /** How many images a tenant's product has, whichever job stored them. */
    @WithSession
    public Uni<Long> countByProduct(String tenant, String productKey) {
        return count("tenant = ?1 and productKey = ?2", tenant, productKey);
    }

    @WithSession
    public Uni<List<ProductImage>> listByProduct(String tenant, String productKey) {
        return list("tenant = ?1 and productKey = ?2", tenant, productKey);
    }

    @WithSession
    public Uni<Long> deleteByProduct(String tenant, String productKey, Collection<String> sha256s) {
        return delete("tenant = ?1 and productKey = ?2 and sha256 in ?3", tenant, productKey, sha256s);
    }
}
