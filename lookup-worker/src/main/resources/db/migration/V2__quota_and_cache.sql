-- One row per Amazon account: every lookup-worker replica reserves its calls here (GCRA), so together they stay
-- under the account's rate and daily cap.
CREATE TABLE quota_bucket (
    account    varchar(200)     PRIMARY KEY,
    tat        timestamptz      NOT NULL,           -- theoretical arrival time: when the next call is due
    factor     double precision NOT NULL DEFAULT 1, -- share of the rate in use; halved on a 429, recovers on success
    day        date             NOT NULL,           -- UTC day counted by used_today
    used_today bigint           NOT NULL DEFAULT 0
);

-- What a provider answered for one code on one marketplace: the products carrying it (empty: not on Amazon).
CREATE TABLE catalog_cache (
    provider    varchar(20) NOT NULL,
    marketplace varchar(4)  NOT NULL,
    gtin14      varchar(14) NOT NULL,
    products    jsonb       NOT NULL,
    has_offers  boolean     NOT NULL,
    fetched_at  timestamptz NOT NULL,
    PRIMARY KEY (provider, marketplace, gtin14)
);
