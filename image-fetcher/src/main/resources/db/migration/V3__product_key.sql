-- The column is named as the events name it: the product_key image.requested carries, the key a product's images are
-- filed under (job-api makes it of the seller's product_id, or the code's GTIN-14), not the upload's product_id itself.
ALTER TABLE product_image RENAME COLUMN product_id TO product_key;
