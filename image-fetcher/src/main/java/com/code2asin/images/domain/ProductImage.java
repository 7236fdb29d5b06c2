package com.code2asin.images.domain;

import com.code2asin.model.event.StoredImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An image object of a product, one row per distinct content (table {@code product_image}). Never serialized. */
@Entity
@Table(name = "product_image")
@IdClass(ProductImage.Key.class)
public class ProductImage {

    @Id
    private String tenant;

    @Id
    @Column(name = "product_key")
    private String productKey;

    @Id
    private String sha256;

    @Column(name = "object_key")
    private String objectKey;

    private int width;
    private int height;
    private long bytes;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ProductImage() {
    }

    public static ProductImage of(String tenant, String productKey, FetchedImage image) {
        ProductImage row = new ProductImage();
        row.tenant = tenant;
        row.productKey = productKey;
        row.sha256 = image.sha256();
        row.objectKey = image.key();
        row.width = image.width();
        row.height = image.height();
        row.bytes = image.bytes();
        row.contentType = image.contentType();
        row.createdAt = Instant.now();
        return row;
    }

    public String productKey() {
        return productKey;
    }

    public String sha256() {
        return sha256;
    }

    public String objectKey() {
        return objectKey;
    }

    public StoredImage toStoredImage() {
        return new StoredImage(objectKey, sha256, width, height, bytes);
    }

    /** Composite primary key (tenant, product_key, sha256). */
    public static class Key implements Serializable {
        private String tenant;
        private String productKey;
        private String sha256;

        protected Key() {
        }

        public Key(String tenant, String productKey, String sha256) {
            this.tenant = tenant;
            this.productKey = productKey;
            this.sha256 = sha256;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(tenant, other.tenant)
                    && Objects.equals(productKey, other.productKey) && Objects.equals(sha256, other.sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenant, productKey, sha256);
        }
    }
}
