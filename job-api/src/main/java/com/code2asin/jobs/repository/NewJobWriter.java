package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.Job;
import com.code2asin.jobs.domain.MarketplaceColumn;
import com.code2asin.jobs.domain.MarketplacesColumn;
import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.domain.JobLog;
import com.code2asin.jobs.domain.OutboxEvent;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a new job in one JDBC transaction: the job row, its items streamed in with {@code COPY} (a million rows in
 * seconds, memory flat), its first log line and its outbox event. Blocking: run it on a worker thread. Everything
 * else of job-api goes through Hibernate Reactive; creation is the one bulk write.
 */
@ApplicationScoped
public class NewJobWriter {

    private static final String INSERT_JOB = """
            INSERT INTO job (id, tenant, name, supplier_code, file_name, status, use_amazon_api, marketplace,
                             fallback_marketplaces, marketplace_mode, provider, auto_match, confidence_threshold, download_images,
                             max_images, image_mode, with_prices, total, invalid_count, retry_count, max_retries,
                             created_by, created_at, updated_at, trace_parent, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, 0)""";
    private static final String COUNTS = "UPDATE job SET total = ?, invalid_count = ? WHERE id = ?";
    private static final String COPY_ITEMS = """
            COPY job_item (id, job_id, seq, row_number, code, gtin14, code_type, product_id, product_name, brand, sku,
                           supplier_price, quantity, item_condition, status, match_type, asin, confidence,
                           marketplace, error_category, error)
            FROM STDIN""";
    /** The planner's estimate of the items table, -1 when never analyzed; read from the catalog, no scan. */
    private static final String BELIEVED_ITEMS = "SELECT reltuples FROM pg_class WHERE oid = 'job_item'::regclass";
    private static final String INSERT_LOG = "INSERT INTO job_log (job_id, level, message, created_at) VALUES (?, ?, ?, ?)";
    private static final String INSERT_EVENT = """
            INSERT INTO outbox_event (event_id, topic, event_key, type, tenant, subject, payload, created_at,
                                      trace_parent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource db;

    NewJobWriter(AgroalDataSource db) {
        this.db = db;
    }

    /** Opens the transaction and writes the job row (its counts come later, with {@link Transaction#counts}). */
    public Transaction begin(Job job) throws SQLException {
        Connection connection = db.getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_JOB)) {
                int i = 0;
                insert.setObject(++i, job.id);
                insert.setString(++i, job.tenant);
                insert.setString(++i, job.name);
                insert.setString(++i, job.supplierCode);
                insert.setString(++i, job.fileName);
                insert.setString(++i, job.status.name());
                insert.setBoolean(++i, job.useAmazonApi);
                insert.setString(++i, job.marketplace.name());
                insert.setString(++i, MarketplacesColumn.text(job.fallbackMarketplaces));
                insert.setString(++i, job.marketplaceMode.name());
                insert.setString(++i, job.provider);
                insert.setBoolean(++i, job.autoMatch);
                insert.setDouble(++i, job.confidenceThreshold);
                insert.setBoolean(++i, job.downloadImages);
                insert.setInt(++i, job.maxImages);
                insert.setString(++i, job.imageMode.value());
                insert.setBoolean(++i, job.withPrices);
                insert.setInt(++i, job.maxRetries);
                insert.setString(++i, job.createdBy);
                insert.setTimestamp(++i, Timestamp.from(job.createdAt));
                insert.setTimestamp(++i, Timestamp.from(job.updatedAt));
                insert.setString(++i, job.traceParent);
                insert.executeUpdate();
            }
            return new Transaction(connection, job);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** One job's creation; closing it without {@link #commit()} leaves nothing behind. */
    public static final class Transaction implements AutoCloseable {

        private final Connection connection;
        private final Job job;

        private Transaction(Connection connection, Job job) {
            this.connection = connection;
            this.job = job;
        }

        /** A COPY of new items; every item added is written when the stream is closed. */
        public ItemCopy copyItems() throws SQLException {
            PGConnection pg = connection.unwrap(PGConnection.class);
            return new ItemCopy(new PGCopyOutputStream(pg, COPY_ITEMS, 1 << 16));
        }

        public void counts(int total, int invalid) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(COUNTS)) {
                update.setInt(1, total);
                update.setInt(2, invalid);
                update.setObject(3, job.id);
                update.executeUpdate();
            }
        }

        public void log(JobLog line) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_LOG)) {
                insert.setObject(1, line.jobId);
                insert.setString(2, line.level.value());
                insert.setString(3, line.message);
                insert.setTimestamp(4, Timestamp.from(line.createdAt));
                insert.executeUpdate();
            }
        }

        public void event(OutboxEvent event) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                insert.setObject(1, event.eventId);
                insert.setString(2, event.topic);
                insert.setString(3, event.eventKey);
                insert.setString(4, event.type);
                insert.setString(5, event.tenant);
                insert.setString(6, event.subject);
                insert.setString(7, event.payload);
                insert.setTimestamp(8, Timestamp.from(event.createdAt));
                insert.setString(9, event.traceParent);
                insert.executeUpdate();
            }
        }

        public void commit() throws SQLException {
            connection.commit();
        }

        /**
         * After the commit: refreshes the planner's statistics of the items when this job's rows are a tenth or
         * more of what it believes the table holds, or 50,000 or more. A job the statistics have not seen is
         * estimated at a handful of rows, and its results pages are then planned as "read the whole job by status,
         * sort by seq" (a full job per page of 50) instead of a range of the (job_id, seq) index. ANALYZE reads a
         * sample of fixed size, so its cost does not grow with the table.
         */
        public void analyzeItemsIfGrown(int newRows) {
            if (newRows < 1000) {
                return; // most uploads: no catalog read, no change to the connection
            }
            try {
                connection.setAutoCommit(true); // statistics written in a transaction rolled back at close are lost
                try (Statement statement = connection.createStatement();
                     ResultSet believed = statement.executeQuery(BELIEVED_ITEMS)) {
                    believed.next();
                    if (newRows >= 0.1 * believed.getDouble(1) || newRows >= 50_000) {
                        statement.execute("ANALYZE job_item");
                    }
                }
            } catch (SQLException e) {
                // the job is stored: stale statistics cost speed until autovacuum's own pass, nothing else
                Log.warnf("job %s: statistics of job_item not refreshed: %s", job.id, e.getMessage());
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback(); // a no-op after commit
                }
            } finally {
                connection.close(); // the pool resets auto-commit
            }
        }
    }

    /**
     * Items in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. Item ids are
     * time-ordered (UUID version 7 layout: milliseconds, then a random part and a counter), so a million new keys land
     * at the end of the primary key index instead of all over it.
     */
    public static final class ItemCopy implements AutoCloseable {

        private final Writer out;
        private final long idHigh = System.currentTimeMillis() << 16 | 0x7000;
        private final long idLow = 0x8000_0000_0000_0000L | (ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_0000_0000L);
        private long counter;

        private ItemCopy(PGCopyOutputStream stream) {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }

        public void add(JobItem item) throws IOException {
            field(new UUID(idHigh, idLow | counter & 0xFFFF_FFFFL).toString());
            field(item.jobId.toString());
            field(Long.toString(counter++));
            field(Integer.toString(item.rowNumber));
            field(item.code);
            field(item.gtin14);
            field(item.codeType);
            field(item.productId);
            field(item.productName);
            field(item.brand);
            field(item.sku);
            field(item.supplierPrice);
            field(item.quantity);
            field(item.condition);
            field(item.status.name());
            field(item.matchType == null ? null : item.matchType.name());
            field(item.asin);
            field(item.confidence == null ? null : item.confidence.toString());
            field(MarketplaceColumn.text(item.marketplace));
            field(item.errorCategory == null ? null : item.errorCategory.name());
            last(item.error);
        }

        private void field(String value) throws IOException {
            write(value);
            out.write('\t');
        }

        private void last(String value) throws IOException {
            write(value);
            out.write('\n');
        }

        private void write(String value) throws IOException {
            if (value == null) {
                out.write("\\N");
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\0' -> { } // PostgreSQL text cannot hold it; a stray NUL in a cell is dropped
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }

        /** Ends the COPY: the rows are in the table (still inside the transaction). A database refusal is SQL's. */
        @Override
        public void close() throws SQLException {
            try {
                out.close();
            } catch (IOException e) {
                throw new SQLException("the COPY of items failed: " + e.getMessage(), e);
            }
        }
    }
}
