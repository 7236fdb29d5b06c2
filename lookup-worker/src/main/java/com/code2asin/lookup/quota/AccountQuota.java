package com.code2asin.lookup.quota;

import com.code2asin.lookup.config.LookupConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An Amazon account's request quota, shared by every lookup-worker replica through one row of the {@code lookup}
 * schema. Each call reserves the next free slot (the generic cell rate algorithm: one atomic UPDATE) and waits until
 * it is due, so N replicas together send at the account's rate instead of racing into 429s. A 429 takes a quarter
 * off the rate in use and pushes the next slot back; each call that follows wins 5% of the rate back. (Halving it,
 * as before, made a 429 that network jitter alone causes on a plan of burst 1 cost some forty slow calls.)
 */
@ApplicationScoped
public class AccountQuota {

    private static final String CREATE = """
            INSERT INTO quota_bucket (account, tat, factor, day, used_today)
            VALUES ($1, clock_timestamp(), 1, (clock_timestamp() AT TIME ZONE 'UTC')::date, 0)
            ON CONFLICT (account) DO NOTHING""";

    /** $2 = seconds between calls at full rate, $3 = burst tolerance in seconds, $4 = daily cap (0 = none). */
    private static final String RESERVE = """
            WITH cur AS (
                SELECT account, tat, factor, day, used_today, clock_timestamp() AS t,
                       (clock_timestamp() AT TIME ZONE 'UTC')::date AS today
                FROM quota_bucket WHERE account = $1 FOR UPDATE)
            UPDATE quota_bucket q
            SET tat = GREATEST(cur.tat, cur.t) + make_interval(secs => $2 / cur.factor),
                factor = LEAST(1, cur.factor * 1.05),
                day = cur.today,
                used_today = CASE WHEN cur.day = cur.today THEN cur.used_today + 1 ELSE 1 END
            FROM cur
            WHERE q.account = cur.account AND ($4 = 0 OR cur.day <> cur.today OR cur.used_today < $4)
            RETURNING GREATEST(0, EXTRACT(EPOCH FROM (cur.tat - make_interval(secs => $3) - cur.t)) * 1000)::bigint,
                      q.tat, q.factor, q.day, q.used_today""";

    private static final String BACK_OFF = """
            UPDATE quota_bucket
            SET factor = GREATEST(0.05, factor * 0.75),
                tat = GREATEST(tat, clock_timestamp() + make_interval(secs => $2))
            WHERE account = $1
            RETURNING tat, factor, day, used_today""";

    private final Pool pool;
    private final Delays delays;
    private final QuotaLevels levels;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    AccountQuota(Pool pool, Delays delays, QuotaLevels levels) {
        this.pool = pool;
        this.delays = delays;
        this.levels = levels;
    }

    /** Completes when the account may make one call; fails with API_RATE_LIMIT when its daily cap is used up. */
    public Uni<Void> acquire(String account, LookupConfig.Quota quota) {
        double interval = 1 / quota.rate();
        double tolerance = Math.max(0, quota.burst() - 1) * interval;
        Tuple reserve = Tuple.of(account, interval, tolerance, quota.dailyCap());
        return ensureRow(account)
                .chain(() -> pool.preparedQuery(RESERVE).execute(reserve))
                .chain(rows -> rows.size() > 0 ? Uni.createFrom().item(rows)
                        // no slot: the day's cap is used up, or the row is gone (emptied by hand): made again once
                        : pool.preparedQuery(CREATE).execute(Tuple.of(account))
                                .chain(() -> pool.preparedQuery(RESERVE).execute(reserve)))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(new QuotaExhaustedException(quota.dailyCap()));
                    }
                    Row row = rows.iterator().next();
                    seen(account, quota, row, 1);
                    return delays.sleep(Duration.ofMillis(row.getLong(0)));
                });
    }

    /** Amazon answered 429: slow the whole account down, for every replica. */
    public Uni<Void> throttled(String account, LookupConfig.Quota quota, Duration retryAfter) {
        Log.debugf("account %s throttled, backing off %s", account, retryAfter);
        return pool.preparedQuery(BACK_OFF).execute(Tuple.of(account, retryAfter.toMillis() / 1000.0))
                .invoke(rows -> rows.forEach(row -> seen(account, quota, row, 0))).replaceWithVoid();
    }

    /** The bucket's state from the columns from {@code first} on: tat, factor, day, used_today. */
    private void seen(String account, LookupConfig.Quota quota, Row row, int first) {
        levels.seen(account, quota, row.getOffsetDateTime(first).toInstant(), row.getDouble(first + 1),
                row.getLocalDate(first + 2), row.getLong(first + 3));
    }

    private Uni<Void> ensureRow(String account) {
        if (created.contains(account)) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(CREATE).execute(Tuple.of(account)).invoke(() -> created.add(account))
                .replaceWithVoid();
    }
}
