package org.whosaid.analysis.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.whosaid.analysis.store.StatementBody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Flyway V10: statement bodies keep only the extraction ({@link StatementBody}). Rows written before it carry the
 * row's own fields in the JSON too, e.g. {@code {"id":"12-s-3","form":"Direct",...,"articleId":12,"outlet":"Kestrel
 * Post","clusterId":null,...}}; those fields are columns of {@code statement}, so they are removed from the body and
 * everything else is left as written. Rows are read in id order, {@value #BATCH} at a time, and only changed rows are
 * written back. Java because H2 and PostgreSQL share no JSON functions. Quarkus runs Java migrations only from a
 * Flyway location: this package is one ({@code quarkus.flyway.locations}).
 */
public class V10__Statement_body_shape extends BaseJavaMigration {
    static final int BATCH = 500;
    /** The fields that only repeated the row's columns (id, article_id, ..., extractor_version). */
    static final List<String> ROW_FIELDS = List.of("id", "articleId", "articleVersion", "outlet", "url",
            "publishedAt", "clusterId", "extractorVersion");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        String after = "";
        while (after != null) {
            after = batch(db, after);
        }
    }

    /** Rewrites the next rows after {@code after} (in id order); the last id read, or null when none was left. */
    String batch(Connection db, String after) throws SQLException, JsonProcessingException {
        List<String[]> changed = new ArrayList<>();
        String last = null;
        try (PreparedStatement q = db.prepareStatement("select id, body from statement where id > ? order by id "
                + "fetch first " + BATCH + " rows only")) {
            q.setString(1, after);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    last = r.getString(1);
                    String slim = slim(r.getString(2));
                    if (slim != null) {
                        changed.add(new String[] {last, slim});
                    }
                }
            }
        }
        if (!changed.isEmpty()) {
            try (PreparedStatement u = db.prepareStatement("update statement set body = ? where id = ?")) {
                for (String[] row : changed) {
                    u.setString(1, row[1]);
                    u.setString(2, row[0]);
                    u.addBatch();
                }
                u.executeBatch();
            }
        }
        return last;
    }

    /** The body without the row's fields, or null when it has none of them (already in the new shape). */
    String slim(String body) throws JsonProcessingException {
        JsonNode tree = json.readTree(body);
        if (!(tree instanceof ObjectNode o) || ROW_FIELDS.stream().noneMatch(o::has)) {
            return null;
        }
        o.remove(ROW_FIELDS);
        return json.writeValueAsString(o);
    }
}
