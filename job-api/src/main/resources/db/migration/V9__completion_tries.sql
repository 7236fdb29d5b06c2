-- Completing a job (its snapshot to S3, its final state) is a step that can fail: S3 or PostgreSQL away for a while,
-- the process killed while it runs. Each try is counted before it starts and holds the job until
-- completion_next_at, so neither another replica nor a restart starts it again meanwhile; when the tries are spent
-- the job ends failed with the last reason instead of being replayed into the same failure forever.
ALTER TABLE job ADD COLUMN completion_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE job ADD COLUMN completion_next_at timestamptz;
ALTER TABLE job ADD COLUMN completion_error text;
