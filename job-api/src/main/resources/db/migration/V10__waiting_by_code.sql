-- A new batch takes every waiting item of its job that has one of its codes (the duplicates of a file are looked up
-- once). Found through job_item_waiting, that was a scan of all the job's waiting items per batch: a job of N codes
-- cost N^2/20 row visits. This index finds them by code; partial, so direct imports and answered items add nothing.
CREATE INDEX job_item_waiting_code ON job_item (job_id, gtin14) WHERE status = 'PENDING' AND batch_id IS NULL;
