-- A job's figures kept up to date by the database itself: statement triggers add what each INSERT, UPDATE or
-- DELETE of items changed (a COPY of a million items is one aggregate), so reading the eight figures, the progress
-- and a filter's count is one primary-key read instead of a scan of every item.
CREATE TABLE job_tally (
    job_id          uuid    PRIMARY KEY REFERENCES job (id) ON DELETE CASCADE,
    total           bigint  NOT NULL DEFAULT 0,
    pending         bigint  NOT NULL DEFAULT 0,
    matched         bigint  NOT NULL DEFAULT 0,
    ambiguous       bigint  NOT NULL DEFAULT 0,
    unmatched       bigint  NOT NULL DEFAULT 0,
    failed          bigint  NOT NULL DEFAULT 0,
    invalid         bigint  NOT NULL DEFAULT 0,
    exact           bigint  NOT NULL DEFAULT 0,
    partial         bigint  NOT NULL DEFAULT 0,
    fuzzy           bigint  NOT NULL DEFAULT 0,
    manual          bigint  NOT NULL DEFAULT 0,
    with_asin       bigint  NOT NULL DEFAULT 0,
    with_images     bigint  NOT NULL DEFAULT 0,
    with_price      bigint  NOT NULL DEFAULT 0,
    images_expected bigint  NOT NULL DEFAULT 0,
    confidence_sum  double precision NOT NULL DEFAULT 0,
    confidence_n    bigint  NOT NULL DEFAULT 0
);

-- The statement that adds to the tallies the items of a query with a column s: +1 for an item counted in, -1 for
-- one counted out. Built here, run by the caller, so a trigger's transition tables are in its reach.
CREATE FUNCTION job_tally_sql(items text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT format($q$
        INSERT INTO job_tally AS t (job_id, total, pending, matched, ambiguous, unmatched, failed, invalid, exact,
                                    partial, fuzzy, manual, with_asin, with_images, with_price, images_expected,
                                    confidence_sum, confidence_n)
        SELECT d.job_id, sum(s),
               coalesce(sum(s) FILTER (WHERE status = 'PENDING'), 0),
               coalesce(sum(s) FILTER (WHERE status = 'MATCHED'), 0),
               coalesce(sum(s) FILTER (WHERE status = 'AMBIGUOUS'), 0),
               coalesce(sum(s) FILTER (WHERE status = 'UNMATCHED'), 0),
               coalesce(sum(s) FILTER (WHERE status = 'FAILED'), 0),
               coalesce(sum(s) FILTER (WHERE status = 'INVALID'), 0),
               coalesce(sum(s) FILTER (WHERE match_type = 'EXACT'), 0),
               coalesce(sum(s) FILTER (WHERE match_type = 'PARTIAL'), 0),
               coalesce(sum(s) FILTER (WHERE match_type = 'FUZZY'), 0),
               coalesce(sum(s) FILTER (WHERE match_type = 'MANUAL'), 0),
               coalesce(sum(s) FILTER (WHERE asin IS NOT NULL), 0),
               coalesce(sum(s) FILTER (WHERE images_stored > 0), 0),
               coalesce(sum(s) FILTER (WHERE price IS NOT NULL), 0),
               coalesce(sum(s) FILTER (WHERE images_status = 'EXPECTED'), 0),
               coalesce(sum(s * confidence) FILTER (WHERE asin IS NOT NULL AND confidence IS NOT NULL), 0),
               coalesce(sum(s) FILTER (WHERE asin IS NOT NULL AND confidence IS NOT NULL), 0)
        FROM (%s) d
        WHERE EXISTS (SELECT 1 FROM job j WHERE j.id = d.job_id) -- a job being deleted takes its tally with it
        GROUP BY d.job_id
        -- a change that moves no count (a batch id, a retry time) leaves the tally row alone, and unlocked
        HAVING sum(s) <> 0 OR (
               sum(s) FILTER (WHERE status = 'PENDING') <> 0 OR sum(s) FILTER (WHERE status = 'MATCHED') <> 0
            OR sum(s) FILTER (WHERE status = 'AMBIGUOUS') <> 0 OR sum(s) FILTER (WHERE status = 'UNMATCHED') <> 0
            OR sum(s) FILTER (WHERE status = 'FAILED') <> 0 OR sum(s) FILTER (WHERE status = 'INVALID') <> 0
            OR sum(s) FILTER (WHERE match_type = 'EXACT') <> 0 OR sum(s) FILTER (WHERE match_type = 'PARTIAL') <> 0
            OR sum(s) FILTER (WHERE match_type = 'FUZZY') <> 0 OR sum(s) FILTER (WHERE match_type = 'MANUAL') <> 0
            OR sum(s) FILTER (WHERE asin IS NOT NULL) <> 0 OR sum(s) FILTER (WHERE images_stored > 0) <> 0
            OR sum(s) FILTER (WHERE price IS NOT NULL) <> 0 OR sum(s) FILTER (WHERE images_status = 'EXPECTED') <> 0
            OR coalesce(sum(s * confidence) FILTER (WHERE asin IS NOT NULL AND confidence IS NOT NULL), 0) <> 0
            OR sum(s) FILTER (WHERE asin IS NOT NULL AND confidence IS NOT NULL) <> 0)
        ON CONFLICT (job_id) DO UPDATE SET
            total = t.total + EXCLUDED.total, pending = t.pending + EXCLUDED.pending,
            matched = t.matched + EXCLUDED.matched, ambiguous = t.ambiguous + EXCLUDED.ambiguous,
            unmatched = t.unmatched + EXCLUDED.unmatched, failed = t.failed + EXCLUDED.failed,
            invalid = t.invalid + EXCLUDED.invalid, exact = t.exact + EXCLUDED.exact,
            partial = t.partial + EXCLUDED.partial, fuzzy = t.fuzzy + EXCLUDED.fuzzy,
            manual = t.manual + EXCLUDED.manual, with_asin = t.with_asin + EXCLUDED.with_asin,
            with_images = t.with_images + EXCLUDED.with_images, with_price = t.with_price + EXCLUDED.with_price,
            images_expected = t.images_expected + EXCLUDED.images_expected,
            confidence_sum = t.confidence_sum + EXCLUDED.confidence_sum,
            confidence_n = t.confidence_n + EXCLUDED.confidence_n
        $q$, items)
$f$;

-- SET search_path: the trigger finds job_tally whichever role's path the statement that fired it runs with.
CREATE FUNCTION job_tally_count() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    EXECUTE job_tally_sql(CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS s, * FROM new_items'
        WHEN 'DELETE' THEN 'SELECT -1 AS s, * FROM old_items'
        ELSE 'SELECT 1 AS s, * FROM new_items UNION ALL SELECT -1 AS s, * FROM old_items' END);
    RETURN NULL;
END $$;

CREATE TRIGGER job_item_tally_insert AFTER INSERT ON job_item REFERENCING NEW TABLE AS new_items
    FOR EACH STATEMENT EXECUTE FUNCTION job_tally_count();
CREATE TRIGGER job_item_tally_update AFTER UPDATE ON job_item REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
    FOR EACH STATEMENT EXECUTE FUNCTION job_tally_count();
CREATE TRIGGER job_item_tally_delete AFTER DELETE ON job_item REFERENCING OLD TABLE AS old_items
    FOR EACH STATEMENT EXECUTE FUNCTION job_tally_count();

-- Jobs created before the tally are counted once here; a job without items has a tally of zeros.
DO $$ BEGIN EXECUTE job_tally_sql('SELECT 1 AS s, * FROM job_item'); END $$;
INSERT INTO job_tally (job_id) SELECT id FROM job ON CONFLICT DO NOTHING;

-- Each item's place in its job (0, 1, 2... in file order): a page of results is a range of it, however deep.
ALTER TABLE job_item ADD COLUMN seq integer;
UPDATE job_item i SET seq = n.seq
FROM (SELECT id, row_number() OVER (PARTITION BY job_id ORDER BY row_number, id) - 1 AS seq FROM job_item) n
WHERE i.id = n.id;
ALTER TABLE job_item ALTER COLUMN seq SET NOT NULL;
DROP INDEX job_item_job_row;
CREATE UNIQUE INDEX job_item_job_seq ON job_item (job_id, seq);
DROP INDEX job_item_waiting;
CREATE INDEX job_item_waiting ON job_item (job_id, seq) WHERE status = 'PENDING' AND batch_id IS NULL;
