-- A product's images belong to a tenant's product: two sellers' product "42" are two products, and image_mode
-- replace of one never removes the other's. Rows stored before (keyed by job item) keep an empty tenant.
ALTER TABLE product_image ADD COLUMN tenant varchar(128) NOT NULL DEFAULT '';
ALTER TABLE product_image DROP CONSTRAINT product_image_pkey;
ALTER TABLE product_image ADD PRIMARY KEY (tenant, product_id, sha256);
ALTER TABLE product_image ALTER COLUMN tenant DROP DEFAULT;
