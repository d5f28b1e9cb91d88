package org.whosaid.analysis.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway V12, H2 only: identity columns keep {@value #CACHE} values ahead instead of 32. H2 writes a sequence's
 * reserve to its metadata, and commits that at once, each time the reserve runs out; with {@code WRITE_DELAY=0}
 * every commit writes a store chunk holding all pages changed so far, also those of the running transaction. An
 * aligned article inserts about 35 cluster links and 20 statement links, so that extra chunk was written about once
 * per article (docs/alignment-scale.md). Ids stay unique and increasing; after a crash up to {@value #CACHE} values
 * may be skipped. Nothing changes on PostgreSQL: there a cache is kept per connection, so ids would no longer follow
 * the order of the inserts across connections (the order ties are broken by), and taking a value is cheap anyway.
 */
public class V12__H2_identity_cache extends BaseJavaMigration {
    static final int CACHE = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        if (!db.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")) {
            return;
        }
        List<String[]> columns = new ArrayList<>();
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery("select table_name, column_name from "
                + "information_schema.columns where is_identity = 'YES' and table_schema = current_schema() "
                + "order by table_name")) {
            while (r.next()) {
                columns.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        try (Statement q = db.createStatement()) {
            for (String[] c : columns) {
                q.execute("alter table \"" + c[0] + "\" alter column \"" + c[1] + "\" set cache " + CACHE);
            }
        }
    }
}
