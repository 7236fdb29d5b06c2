package com.code2asin.jobs.service;

import com.code2asin.jobs.domain.JobItem;
import com.code2asin.jobs.intake.IntakeRow;
import com.code2asin.model.Marketplace;
import com.code2asin.model.event.ErrorCategory;
import com.code2asin.model.event.ItemStatus;
import com.code2asin.model.event.MatchType;
import java.util.regex.Pattern;

/**
 * Direct import ({@code use_amazon_api=false}): the file already says which ASIN each code is. Such an item is
 * matched at once as {@code manual} (a person chose it) and never sent to Amazon; an ASIN that cannot be one makes
 * the item invalid, with the reason. Its ASIN is the job's marketplace's, where listings offer it.
 */
final class DirectImport {

    /** B0 followed by 8 letters or digits, or an ISBN-10 (a book's ASIN). */
    private static final Pattern ASIN = Pattern.compile("B0[0-9A-Z]{8}|\\d{9}[\\dX]");

    private DirectImport() {
    }

    static JobItem item(JobItem item, IntakeRow row, Marketplace marketplace) {
        if (item.status == ItemStatus.INVALID) {
            return item; // the code itself is wrong: said so already
        }
        String asin = row.asin() == null ? "" : row.asin().strip().toUpperCase(java.util.Locale.ROOT);
        if (!ASIN.matcher(asin).matches()) {
            item.status = ItemStatus.INVALID;
            item.errorCategory = ErrorCategory.INVALID_DATA;
            item.error = asin.isEmpty() ? "no ASIN on this row: direct import needs one per code"
                    : "'" + row.asin() + "' is not an ASIN: 10 characters, B0 and 8 letters or digits (or an ISBN-10)";
            return item;
        }
        item.status = ItemStatus.MATCHED;
        item.matchType = MatchType.MANUAL;
        item.asin = asin;
        item.confidence = 1.0;
        item.marketplace = marketplace;
        return item;
    }
}
