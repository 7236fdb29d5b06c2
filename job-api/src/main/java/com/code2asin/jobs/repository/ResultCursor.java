package com.code2asin.jobs.repository;

import com.code2asin.jobs.domain.MarketplaceColumn;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import com.code2asin.model.event.OfferSummary;
import com.code2asin.model.event.ItemChange;
import com.code2asin.model.event.ResultRow;
import com.code2asin.model.event.StoredImage;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Every result of a job in file order, read through a database cursor a page of rows at a time: a job of a million
 * items costs the memory of one page, whatever its size. Blocking (JDBC): run it on a worker thread.
 */
@ApplicationScoped
public class ResultCursor {

    /** Receives one row; may stop the reading by throwing. */
    @FunctionalInterface
    public interface Sink {
        void accept(ResultRow row) throws IOException;
    }

    /** Rows fetched per round trip of the cursor. */
    static final int FETCH = 1000;
    private static final String SELECT = """
            SELECT id, row_number, code, gtin14, code_type, product_id, product_name, status, match_type, asin,
                   confidence, title, amazon_brand, price, currency, sales_rank, image_urls, error_category, error,
                   marketplace, sku, supplier_price, quantity, item_condition, stored_images, offer,
                   price_difference_percent,
                   (SELECT json_agg(json_build_object('at', to_char(c.created_at AT TIME ZONE 'UTC',
                               'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), 'kind', c.kind, 'status', c.status,
                               'previous_asin', c.previous_asin, 'new_asin', c.new_asin, 'reason', c.reason,
                               'duration_ms', c.duration_ms, 'provider', c.provider, 'marketplace', c.marketplace,
                               'actor', c.actor) ORDER BY c.id)
                    FROM item_change c WHERE c.item_id = job_item.id) AS history
            FROM job_item WHERE job_id = ? ORDER BY seq""";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredImage>> STORED_IMAGES = new TypeReference<>() {
    };
    private static final TypeReference<List<ItemChange>> HISTORY = new TypeReference<>() {
    };

    private final AgroalDataSource db;
    private final ObjectMapper json;

    ResultCursor(AgroalDataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Hands every item of the job to {@code sink}, in file order; answers how many. */
    public long forEach(UUID jobId, Sink sink) throws SQLException, IOException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false); // PostgreSQL's driver uses a cursor only inside a transaction
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setFetchSize(FETCH);
                select.setObject(1, jobId);
                long count = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(row(rows));
                        count++;
                    }
                }
                return count;
            } finally {
                connection.rollback(); // nothing was written; the pool gets the connection back as it lent it
            }
        }
    }

    private ResultRow row(ResultSet r) throws SQLException, IOException {
        String images = r.getString("image_urls");
        Integer salesRank = r.getObject("sales_rank", Integer.class);
        Double confidence = r.getObject("confidence", Double.class);
        return new ResultRow(r.getObject("id", UUID.class), r.getInt("row_number"), r.getString("code"),
                r.getString("gtin14"), r.getString("code_type"), r.getString("product_id"),
                r.getString("product_name"), ItemStatus.valueOf(r.getString("status")),
                Columns.enumOf(MatchType.class, r.getString("match_type")), r.getString("asin"), confidence,
                r.getString("title"), r.getString("amazon_brand"), r.getBigDecimal("price"), r.getString("currency"),
                salesRank, images == null ? List.of() : json.readValue(images, STRINGS),
                Columns.enumOf(ErrorCategory.class, r.getString("error_category")), r.getString("error"),
                MarketplaceColumn.parse(r.getString("marketplace")), r.getString("sku"), r.getString("supplier_price"),
                r.getString("quantity"), r.getString("item_condition"), storedImages(r.getString("stored_images")),
                history(r.getString("history")), offer(r.getString("offer")),
                r.getBigDecimal("price_difference_percent"));
    }

    private List<StoredImage> storedImages(String stored) throws IOException {
        return stored == null ? List.of() : json.readValue(stored, STORED_IMAGES);
    }

    private OfferSummary offer(String offer) throws IOException {
        return offer == null ? null : json.readValue(offer, OfferSummary.class);
    }

    private List<ItemChange> history(String changes) throws IOException {
        return changes == null ? List.of() : json.readValue(changes, HISTORY);
    }
}
