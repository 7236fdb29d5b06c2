package com.code2asin.exports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** export-service settings. */
@ConfigMapping(prefix = "export-service")
public interface ExportConfig {

    /** S3 bucket holding the snapshots read and the {@code exports/} prefix written. */
    @WithDefault("code2asin")
    String bucket();

    /** Rows an XLSX sheet keeps in memory while it is written; older rows are flushed to a temp file. */
    @WithDefault("100")
    int xlsxWindow();
}
