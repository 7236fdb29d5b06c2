-- A tenant may store Creators API credentials (affiliates) beside or instead of its seller's SP-API refresh token:
-- the credential id in clear (it names the credential, like an OAuth client id), its secret sealed as the refresh
-- token is, the version shown beside it (its token endpoint and region) and the tenant's Associates tracking id.
ALTER TABLE tenant_account ALTER COLUMN sp_api_refresh_token DROP NOT NULL;
ALTER TABLE tenant_account ADD COLUMN creators_credential_id varchar(128);
ALTER TABLE tenant_account ADD COLUMN creators_credential_secret text;
ALTER TABLE tenant_account ADD COLUMN creators_credential_version varchar(8);
ALTER TABLE tenant_account ADD COLUMN creators_partner_tag varchar(64);
ALTER TABLE tenant_account ADD CONSTRAINT tenant_account_some_account
    CHECK (sp_api_refresh_token IS NOT NULL OR creators_credential_secret IS NOT NULL);
ALTER TABLE tenant_account ADD CONSTRAINT tenant_account_whole_creators_credential
    CHECK ((creators_credential_id IS NULL) = (creators_credential_secret IS NULL)
       AND (creators_credential_id IS NULL) = (creators_credential_version IS NULL));
