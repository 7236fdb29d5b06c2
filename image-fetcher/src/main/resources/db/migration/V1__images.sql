-- Images stored in S3 under products/, one row per distinct content of a product.
CREATE TABLE product_image (
    product_id   varchar(128) NOT NULL,
    sha256       varchar(64)  NOT NULL,
    object_key   varchar(300) NOT NULL,
    width        integer      NOT NULL,
    height       integer      NOT NULL,
    bytes        bigint       NOT NULL,
    content_type varchar(64)  NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    PRIMARY KEY (product_id, sha256)
);

-- image.requested events already handled (dedupe), with the images.stored payload they produced.
CREATE TABLE processed_request (
    request_key  varchar(400) PRIMARY KEY,
    job_id       uuid NOT NULL,
    item_id      uuid NOT NULL,
    outcome      text NOT NULL,
    processed_at timestamp with time zone NOT NULL
);
