CREATE TABLE job (
    id                   uuid PRIMARY KEY,
    tenant               varchar(64)   NOT NULL,
    name                 varchar(200)  NOT NULL,
    supplier_code        varchar(64),
    file_name            varchar(255),
    status               varchar(16)   NOT NULL,
    use_amazon_api       boolean       NOT NULL,
    marketplace          varchar(8)    NOT NULL,
    provider             varchar(32)   NOT NULL,
    auto_match           boolean       NOT NULL,
    confidence_threshold double precision NOT NULL,
    download_images      boolean       NOT NULL,
    max_images           integer       NOT NULL,
    image_mode           varchar(16)   NOT NULL,
    total                integer       NOT NULL,
    invalid_count        integer       NOT NULL,
    retry_count          integer       NOT NULL,
    max_retries          integer       NOT NULL,
    snapshot_key         varchar(512),
    created_by           varchar(128),
    created_at           timestamptz   NOT NULL,
    started_at           timestamptz,
    completed_at         timestamptz,
    updated_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL
);
CREATE INDEX job_tenant_created ON job (tenant, created_at DESC);
CREATE INDEX job_status ON job (status);

CREATE TABLE job_item (
    id              uuid PRIMARY KEY,
    job_id          uuid          NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    row_number      integer       NOT NULL,
    code            varchar(64)   NOT NULL,
    gtin14          varchar(14),
    code_type       varchar(16),
    product_id      varchar(128),
    product_name    varchar(500),
    brand           varchar(200),
    status          varchar(16)   NOT NULL,
    match_type      varchar(16),
    asin            varchar(16),
    confidence      double precision,
    title           text,
    amazon_brand    varchar(200),
    price           numeric(12, 2),
    currency        varchar(3),
    sales_rank      integer,
    image_urls      text,
    candidates      text,
    error_category  varchar(32),
    error           text,
    from_cache      boolean       NOT NULL,
    batch_id        uuid,
    images_status   varchar(16)   NOT NULL,
    images_stored   integer       NOT NULL,
    image_keys      text,
    updated_at      timestamptz   NOT NULL
);
CREATE INDEX job_item_job_row ON job_item (job_id, row_number);
CREATE INDEX job_item_job_status ON job_item (job_id, status);
CREATE INDEX job_item_batch ON job_item (batch_id);

CREATE TABLE batch (
    id          uuid PRIMARY KEY,
    job_id      uuid        NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    attempt     integer     NOT NULL,
    item_count  integer     NOT NULL,
    sent_at     timestamptz NOT NULL,
    done_at     timestamptz
);
CREATE INDEX batch_job_open ON batch (job_id) WHERE done_at IS NULL;

CREATE TABLE job_log (
    id          bigserial PRIMARY KEY,
    job_id      uuid         NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    level       varchar(8)   NOT NULL,
    message     text         NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX job_log_job ON job_log (job_id, id);

CREATE TABLE export_file (
    id          uuid PRIMARY KEY,
    job_id      uuid         NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    tenant      varchar(64)  NOT NULL,
    format      varchar(16)  NOT NULL,
    status      varchar(16)  NOT NULL,
    object_key  varchar(512),
    rows        bigint,
    bytes       bigint,
    error       text,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
CREATE INDEX export_file_job ON export_file (job_id);

-- Transactional outbox: events are written with the state change and relayed to Kafka afterwards.
CREATE TABLE outbox_event (
    id          bigserial PRIMARY KEY,
    event_id    uuid          NOT NULL UNIQUE,
    topic       varchar(128)  NOT NULL,
    event_key   varchar(128)  NOT NULL,
    type        varchar(64)   NOT NULL,
    tenant      varchar(64)   NOT NULL,
    subject     varchar(64)   NOT NULL,
    payload     text          NOT NULL,
    created_at  timestamptz   NOT NULL,
    sent_at     timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
