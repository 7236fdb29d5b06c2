-- A tenant's own Amazon authorisation: the seller's SP-API refresh token, encrypted (AES-256-GCM, the key from
-- lookup-worker.accounts.encryption-key, a Kubernetes secret): the database never holds it in clear. key_id names
-- the key it was sealed with, so a rotated key can tell which rows it cannot open.
CREATE TABLE tenant_account (
    tenant                  varchar(128) PRIMARY KEY,
    sp_api_refresh_token    text         NOT NULL,
    key_id                  varchar(16)  NOT NULL,
    updated_by              varchar(200) NOT NULL,
    updated_at              timestamptz  NOT NULL
);
