-- The W3C traceparent of the request that created the job, and of the work that wrote each event: the relay sends
-- an event in its trace, and the dispatcher's batches (written outside any request) in their job's, so one trace
-- runs from the upload through the lookups, images and exports.
ALTER TABLE job ADD COLUMN trace_parent varchar(55);
ALTER TABLE outbox_event ADD COLUMN trace_parent varchar(55);
