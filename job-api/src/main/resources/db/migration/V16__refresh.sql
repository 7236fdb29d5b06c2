-- A job can look its codes up again on a schedule (prices refreshed, identity from lookup-worker's cache):
-- every refresh_every_seconds, next at next_refresh_at; refreshing marks the run under way (no new images).
ALTER TABLE job ADD COLUMN refresh_every_seconds bigint CHECK (refresh_every_seconds >= 3600);
ALTER TABLE job ADD COLUMN next_refresh_at timestamptz;
ALTER TABLE job ADD COLUMN refreshing boolean NOT NULL DEFAULT false;
CREATE INDEX job_next_refresh ON job (next_refresh_at) WHERE next_refresh_at IS NOT NULL;
-- Amazon's price against the seller's own (the upload's price column), in percent of the seller's.
ALTER TABLE job_item ADD COLUMN price_difference_percent numeric(9, 2);
