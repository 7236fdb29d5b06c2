-- Prices age in hours, identity in weeks: when the offers of a cached answer were last fetched, apart from the
-- answer itself, so a price can be refreshed by ASIN without searching the code again.
ALTER TABLE catalog_cache ADD COLUMN offers_fetched_at timestamptz;
UPDATE catalog_cache SET offers_fetched_at = fetched_at WHERE has_offers;
