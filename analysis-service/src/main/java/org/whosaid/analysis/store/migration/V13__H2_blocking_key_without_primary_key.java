package org.whosaid.analysis.store.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V13, H2 only: {@code blocking_key} loses its primary key {@code (key_value, statement_id)}. No query reads
 * through it (candidates come from {@code ix_bkey_recent}, deletes go through {@code ix_bkey_statement}) and a
 * statement's keys are a set, written once; but every key row of an aligned article paid for it: a uniqueness check
 * and one more index entry in a random leaf of a large tree, written again at the commit (docs/alignment-scale.md).
 * PostgreSQL keeps it: a table without a primary key has no replica identity for logical replication.
 */
public class V13__H2_blocking_key_without_primary_key extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        if (!db.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
            return;
        }
        try (Statement q = db.createStatement()) {
            q.execute("alter table blocking_key drop primary key");
        }
    }
}
