-- What image-fetcher holds for an item's product (object key, sha256, width, height, bytes), listed in every result;
-- it held the keys alone before.
ALTER TABLE job_item RENAME COLUMN image_keys TO stored_images;
UPDATE job_item SET stored_images = (SELECT json_agg(json_build_object('key', k))::text
                                     FROM json_array_elements_text(stored_images::json) k)
WHERE stored_images IS NOT NULL;
