package com.code2asin.jobs.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Statements prepared on a connection are planned with their values each time. A generic plan cannot use a partial
 * index whose predicate names a parameter's value (status = 'PENDING'): the dispatcher's search for jobs with waiting
 * items read all of job_item at every round, 110 ms on a 100,000-code job (bench scale lookup on a new database).
 */
@QuarkusTest
class QueryPlansTest {

    @Inject
    Pool pool;

    @Test
    void everyConnectionPlansAStatementWithItsValues() {
        for (int i = 0; i < 4; i++) { // the pool's connections, new or reused
            String mode = pool.withConnection(c -> c.query("SHOW plan_cache_mode").execute())
                    .await().atMost(Duration.ofSeconds(30)).iterator().next().getString(0);
            assertEquals("force_custom_plan", mode);
        }
    }
}
