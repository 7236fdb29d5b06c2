package com.code2asin.exports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** export-service settings. */
@ConfigMapping(prefix = "export-service")
public interface ExportConfig {

    /** S3 bucket holding the snapshots read and the {@code exports/} prefix written. */
    @WithDefault("code2asin")
    String bucket();

    /** Rows an XLSX sheet keeps in memory while it is written; older rows are flushed to a temp file. */
    @WithDefault("100")
    int xlsxWindow();

    /** Further tries of an export whose build failed for a reason that may pass (S3 unreachable), before it fails. */
    @WithDefault("4")
    int retries();

    /** Delay before the first further try; each next one waits about twice as long. */
    @WithDefault("2s")
    Duration retryDelay();
}
