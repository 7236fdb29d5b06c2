-- The seller's item condition, kept from the upload as written, for the Amazon listing exports.
ALTER TABLE job_item ADD COLUMN item_condition varchar(64);

-- The seller (Amazon merchant token) an Amazon listing export was made for: another seller's is another file.
ALTER TABLE export_file ADD COLUMN seller_id varchar(32);
