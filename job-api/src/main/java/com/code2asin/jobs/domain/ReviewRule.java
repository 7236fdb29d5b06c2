package com.code2asin.jobs.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant's remembered decision: this code is {@code always} or {@code never} this ASIN. */
@Entity
@Table(name = "review_rule")
public class ReviewRule {

    public static final String ALWAYS = "always";
    public static final String NEVER = "never";

    @Id
    public UUID id;
    public String tenant;
    public String gtin14;
    public String asin;
    public String decision;
    public String createdBy;
    public Instant createdAt;
}
