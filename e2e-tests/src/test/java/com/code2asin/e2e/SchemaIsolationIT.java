package com.code2asin.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.BackingServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each service's database role reaches its own schema and no other (docs/design.md, "Services and what each owns"). */
@ExtendWith(Suite.class)
class SchemaIsolationIT {

    private static final String URL = BackingServices.endpoints().jdbcUrl();

    @ParameterizedTest(name = "{0} reads {1} but not {2}")
    @CsvSource({
            "job_api, job_api.job,             lookup.processed_batch",
            "lookup,  lookup.processed_batch,  job_api.job",
            "images,  images.flyway_schema_history, job_api.job_item",
            "exports, exports.flyway_schema_history, images.flyway_schema_history"})
    void aServiceRoleCannotReadAnotherServicesSchema(String role, String own, String foreign) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, role, role + "_pw")) {
            assertTrue(db.createStatement().executeQuery("select count(*) from " + own).next());
            SQLException denied = assertThrows(SQLException.class,
                    () -> db.createStatement().executeQuery("select count(*) from " + foreign));
            assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
        }
    }
}
