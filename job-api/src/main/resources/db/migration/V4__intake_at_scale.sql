-- Extra columns of an uploaded file, kept as the file wrote them.
ALTER TABLE job_item ADD COLUMN sku varchar(128);
ALTER TABLE job_item ADD COLUMN supplier_price varchar(64);
ALTER TABLE job_item ADD COLUMN quantity varchar(64);

-- Intake streams new items in with COPY: what every new item starts with comes from the defaults.
ALTER TABLE job_item ALTER COLUMN from_cache SET DEFAULT false;
ALTER TABLE job_item ALTER COLUMN images_status SET DEFAULT 'NONE';
ALTER TABLE job_item ALTER COLUMN images_stored SET DEFAULT 0;
ALTER TABLE job_item ALTER COLUMN updated_at SET DEFAULT now();

-- A new item has no batch yet: index only the items that have one, so a million new items add no entries here.
DROP INDEX job_item_batch;
CREATE INDEX job_item_batch ON job_item (batch_id) WHERE batch_id IS NOT NULL;

-- Dispatch takes the next items waiting for a batch in file order, without walking past those already sent.
CREATE INDEX job_item_waiting ON job_item (job_id, row_number) WHERE status = 'PENDING' AND batch_id IS NULL;
-- The duplicates of a code in one job go into the batch that looks the code up.
CREATE INDEX job_item_job_gtin ON job_item (job_id, gtin14);
