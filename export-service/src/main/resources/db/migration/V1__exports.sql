-- Exports written under exports/{tenant}/{job_id}/{export_id}.{ext}; the row is also the dedupe record.
CREATE TABLE export_file (
    export_id  uuid PRIMARY KEY,
    job_id     uuid         NOT NULL,
    tenant     varchar(64)  NOT NULL,
    format     varchar(16)  NOT NULL,
    object_key varchar(400),
    rows       bigint       NOT NULL,
    bytes      bigint       NOT NULL,
    status     varchar(16)  NOT NULL CHECK (status IN ('DONE', 'FAILED')),
    error      varchar(2000),
    created_at timestamp with time zone NOT NULL
);

CREATE INDEX export_file_job ON export_file (job_id);
