-- Each item's change log: every lookup answer and every review decision, with the ASIN before and after and why.
-- raw_answer is the provider's answer for the code (gzipped JSON, base64), dropped after job-api.raw-answer-retention.
CREATE TABLE item_change (
    id            bigserial PRIMARY KEY,
    job_id        uuid         NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    item_id       uuid         NOT NULL,
    kind          varchar(16)  NOT NULL CHECK (kind IN ('lookup', 'review')),
    status        varchar(16)  NOT NULL,
    previous_asin varchar(16),
    new_asin      varchar(16),
    reason        varchar(1000) NOT NULL,
    duration_ms   bigint,
    provider      varchar(32),
    marketplace   varchar(8),
    actor         varchar(200),
    raw_answer    text,
    created_at    timestamp with time zone NOT NULL
);
CREATE INDEX item_change_item ON item_change (item_id, id);
CREATE INDEX item_change_job ON item_change (job_id);
-- the retention sweep finds the raw answers left to drop
CREATE INDEX item_change_raw ON item_change (created_at) WHERE raw_answer IS NOT NULL;
