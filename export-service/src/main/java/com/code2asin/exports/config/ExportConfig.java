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

    /**
     * Further tries of a consumed event whose handling failed in a way that passes by itself (PostgreSQL restarting or
     * refusing connections, a connection lost) before the event goes to its dead-letter topic with the reason.
     */
    @WithDefault("5")
    int consumerRetries();

    /** Wait before the first further try of a consumed event; each next one waits twice as long, at most 8 times. */
    @WithDefault("1s")
    Duration consumerRetryDelay();

    /**
     * How long a shutdown (SIGTERM) lets the exports under way finish; one still running then is handed back: its
     * offset stays uncommitted and the replica that takes its partition over exports it. Keep it well below the pod's
     * {@code terminationGracePeriodSeconds}: the Kafka consumers need a few more seconds to close.
     */
    @WithDefault("15s")
    Duration shutdownGrace();
}
