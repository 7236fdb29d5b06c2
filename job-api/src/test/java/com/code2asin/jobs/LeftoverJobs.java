package com.code2asin.jobs;

import com.code2asin.testing.BackingServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Before job-api starts for a group of tests: jobs an earlier test or run left processing or paused are cancelled
 * and their batches closed. No lookup-worker answers here, so those batches would hold the in-flight limit
 * ({@code job-api.max-in-flight}) for good and a later test's job would never be sent. On a new database (no schema
 * yet) there is nothing to do.
 */
@QuarkusTestResource(LeftoverJobs.class)
public class LeftoverJobs implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (Connection db = DriverManager.getConnection(BackingServices.endpoints().jdbcUrl(), "job_api", "job_api_pw");
             Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE job_api.job SET status = 'CANCELLED', completed_at = now(), updated_at = now() "
                    + "WHERE status IN ('PROCESSING', 'PAUSED')");
            sql.executeUpdate("UPDATE job_api.batch SET done_at = now() WHERE done_at IS NULL");
        } catch (SQLException noSchemaYet) {
            // the first start migrates the schema: nothing was left behind
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
