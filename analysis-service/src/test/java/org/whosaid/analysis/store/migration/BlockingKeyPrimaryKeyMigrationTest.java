package org.whosaid.analysis.store.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V13 on H2: blocking_key has no primary key; its two indexes (candidates, deletes by statement) stay. */
class BlockingKeyPrimaryKeyMigrationTest {

    @Test
    void blockingKeyKeepsOnlyItsTwoIndexes() throws Exception {
        String url = "jdbc:h2:mem:bkey-pk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration",
                "classpath:org/whosaid/analysis/store/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, null, "BLOCKING_KEY")) {
                assertFalse(rs.next(), "blocking_key has no primary key");
            }
            Set<String> indexes = new TreeSet<>();
            try (ResultSet rs = c.createStatement().executeQuery("select index_name from information_schema.indexes "
                    + "where table_name = 'BLOCKING_KEY'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1).toLowerCase());
                }
            }
            assertEquals(Set.of("ix_bkey_recent", "ix_bkey_statement"), indexes);
            c.createStatement().execute("shutdown");
        }
    }
}
