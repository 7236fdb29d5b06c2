-- A person's decision on a (code, ASIN) pair, remembered per tenant and applied when later jobs return that pair.
CREATE TABLE review_rule (
    id         uuid         PRIMARY KEY,
    tenant     varchar(100) NOT NULL,
    gtin14     varchar(14)  NOT NULL,
    asin       varchar(10)  NOT NULL,
    decision   varchar(6)   NOT NULL CHECK (decision IN ('always', 'never')),
    created_by varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL,
    UNIQUE (tenant, gtin14, asin)
);

ALTER TABLE job_item ADD COLUMN reviewed_by varchar(200);
ALTER TABLE job_item ADD COLUMN reviewed_at timestamptz;
