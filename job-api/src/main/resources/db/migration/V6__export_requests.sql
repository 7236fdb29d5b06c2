-- Exports asked for through the API: which rows they hold, recorded when asked, completed by export.done.
ALTER TABLE export_file ADD COLUMN include_unmatched boolean NOT NULL DEFAULT true;
ALTER TABLE export_file ADD COLUMN requested_by varchar(128);

-- A log line about one item names its product (seed 002: product_id).
ALTER TABLE job_log ADD COLUMN product_id varchar(128);
