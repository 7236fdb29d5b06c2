-- A review changes a job's results after (or while) its snapshot is written: exports then need a new snapshot.
-- results_changed_at: the last review of one of its items; snapshot_at: when the write of its current snapshot began.
ALTER TABLE job ADD COLUMN results_changed_at timestamptz, ADD COLUMN snapshot_at timestamptz;
