package com.code2asin.model;

/**
 * CloudEvents {@code ce_type} values. Metadata travels in binary-mode headers ({@code ce_id}, {@code ce_type},
 * {@code ce_source}, {@code ce_time}, {@code ce_subject} = job id) plus the {@code ce_tenant} extension.
 */
public final class EventTypes {
    public static final String JOB_PREFIX = "job.";
    public static final String LOOKUP_REQUESTED = "lookup.requested";
    public static final String BATCH_DONE = "batch.done";
    public static final String IMAGE_REQUESTED = "image.requested";
    public static final String IMAGES_STORED = "images.stored";
    public static final String EXPORT_REQUESTED = "export.requested";
    public static final String EXPORT_DONE = "export.done";
    public static final String JOB_COMMAND = "job.command";
    /** An item gets an ASIN it had none of. */
    public static final String ASIN_ASSOCIATED = "asin.associated";
    /** An item's ASIN is replaced by another. */
    public static final String ASIN_CHANGED = "asin.changed";
    /** An ASIN is refused for an item (its ASIN, or a candidate it had). */
    public static final String ASIN_REJECTED = "asin.rejected";
    /** Amazon's price of an item differs from the seller's own by more than the threshold. */
    public static final String PRICE_ALERT = "price.alert";

    /** CloudEvents extension attribute carrying the tenant; the Kafka header is {@code ce_tenant}. */
    public static final String TENANT_EXTENSION = "tenant";

    private EventTypes() {
    }

    /** {@code job.created}, {@code job.completed}, ... for a job status or action name. */
    public static String job(String fact) {
        return JOB_PREFIX + fact;
    }
}
