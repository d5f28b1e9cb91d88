package org.whosaid.analysis.store.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V12 on H2: every identity column keeps 1,000 values ahead; ids still follow the order of the inserts. */
class IdentityCacheMigrationTest {

    @Test
    void identityColumnsKeepAThousandValuesAhead() throws Exception {
        String url = "jdbc:h2:mem:identity-cache-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration",
                "classpath:org/whosaid/analysis/store/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            int columns = 0;
            try (ResultSet rs = c.createStatement().executeQuery("select table_name, identity_cache from "
                    + "information_schema.columns where is_identity = 'YES' and table_schema = current_schema()")) {
                while (rs.next()) {
                    assertEquals(V12__H2_identity_cache.CACHE, rs.getLong(2), rs.getString(1));
                    columns++;
                }
            }
            assertTrue(columns >= 10, "identity columns: " + columns);
            c.createStatement().execute("insert into cluster_link (cluster_a, cluster_b, score, source, created_at) "
                    + "values (1, 2, 0.5, 'auto', current_timestamp), (1, 3, 0.5, 'auto', current_timestamp)");
            try (ResultSet rs = c.createStatement().executeQuery("select id from cluster_link order by cluster_b")) {
                rs.next();
                assertEquals(1, rs.getLong(1));
                rs.next();
                assertEquals(2, rs.getLong(1));
            }
            c.createStatement().execute("shutdown");
        }
    }
}
