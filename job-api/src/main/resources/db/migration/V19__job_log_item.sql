-- A log line about one item names it by item_id; product_id keeps only what the file gave (it held the item id
-- where the file gave none: two meanings in one column).
ALTER TABLE job_log ADD COLUMN item_id uuid;

UPDATE job_log l SET item_id = i.id, product_id = NULL
FROM job_item i
WHERE l.product_id IS NOT NULL AND i.job_id = l.job_id AND l.product_id = i.id::text;

