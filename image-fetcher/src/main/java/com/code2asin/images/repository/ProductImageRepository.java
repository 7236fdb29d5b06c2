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
    public Uni<Long> countByProduct(String tenant, String productId) {
        return count("tenant = ?1 and productId = ?2", tenant, productId);
    }

    @WithSession
    public Uni<List<ProductImage>> listByProduct(String tenant, String productId) {
        return list("tenant = ?1 and productId = ?2", tenant, productId);
    }

    @WithSession
    public Uni<Long> deleteByProduct(String tenant, String productId, Collection<String> sha256s) {
        return delete("tenant = ?1 and productId = ?2 and sha256 in ?3", tenant, productId, sha256s);
    }
}
