package com.code2asin.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A bulk lookup job of one tenant: its options, its state and its timeline. */
@Entity
@Table(name = "job")
public class Job {

    @Id
    public UUID id;
    public String tenant;
    public String name;
    public String supplierCode;
    public String fileName;
    @Enumerated(EnumType.STRING)
    public JobStatus status;
    public boolean useAmazonApi;
    public String marketplace;
    public String provider;
    public boolean autoMatch;
    public double confidenceThreshold;
    public boolean downloadImages;
    public int maxImages;
    public String imageMode;
    public int total;
    public int invalidCount;
    public int retryCount;
    public int maxRetries;
    public String snapshotKey;
    public String createdBy;
    public Instant createdAt;
    public Instant startedAt;
    public Instant completedAt;
    public Instant updatedAt;
    @Version
    public long version;
}
