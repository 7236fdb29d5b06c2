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

    @WithSession
    public Uni<Boolean> hasImages(String productId) {
        return count("productId", productId).map(count -> count > 0);
    }

    @WithSession
    public Uni<List<ProductImage>> listByProduct(String productId) {
        return list("productId", productId);
    }

    @WithSession
    public Uni<Long> deleteByProduct(String productId, Collection<String> sha256s) {
        return delete("productId = ?1 and sha256 in ?2", productId, sha256s);
    }
}
