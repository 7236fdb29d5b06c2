-- A job may name several marketplaces: `marketplace` is asked first, then these in order (comma-separated) for
-- the items it has no candidate for. Each item keeps the marketplace its result came from.
ALTER TABLE job ADD COLUMN fallback_marketplaces varchar(64);
ALTER TABLE job_item ADD COLUMN marketplace varchar(8);
