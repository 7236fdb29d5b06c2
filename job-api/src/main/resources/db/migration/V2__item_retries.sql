-- Transient lookup failures are retried automatically on a schedule (DESIGN.md section 4): how many times an item
-- was looked up in vain, and when it may be sent again.
ALTER TABLE job_item ADD COLUMN lookup_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE job_item ADD COLUMN retry_at timestamptz;
