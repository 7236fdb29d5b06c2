CREATE TABLE processed_batch (
    id           varchar(80) PRIMARY KEY,
    items        integer     NOT NULL,
    processed_at timestamptz NOT NULL
);
