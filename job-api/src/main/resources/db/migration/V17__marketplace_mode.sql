-- FALLBACK: one item a code, asked on `marketplace`, then on the fallbacks for the codes it has no candidate for.
-- EACH: one item per code and marketplace, each item's marketplace set at intake; batches hold one marketplace.
ALTER TABLE job ADD COLUMN marketplace_mode varchar(8) NOT NULL DEFAULT 'FALLBACK'
    CHECK (marketplace_mode IN ('FALLBACK', 'EACH'));
