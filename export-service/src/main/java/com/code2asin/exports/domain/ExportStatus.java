package com.code2asin.exports.domain;

/** Outcome of an export; a failed one is produced again when it is requested again. */
public enum ExportStatus {
    DONE,
    FAILED
}
