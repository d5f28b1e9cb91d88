package org.whosaid.analysis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence of one alignment on one JDBC connection (H2 and PostgreSQL): the clusters of the stored statements it
 * names, read at once, and its statement links written as one batch. Plain JDBC so that the service ({@link
 * AlignStore}) and the scale benchmark run the same statements.
 */
public final class EvidenceRows {

    /** A statement link (statement_link): SAME with its matched words, or a pinned statement's link to itself. */
    public record Link(String statementId, String otherId, String relation, double score, String evidence) {
    }

    private EvidenceRows() {
    }

    /**
     * The clusters of the given statements (null for a statement without one; absent when not stored), in chunks of
     * 200 ids padded to a multiple of 20 so the query text repeats.
     */
    public static Map<String, Long> clustersOf(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 200) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 200));
            int n = ((chunk.size() + 19) / 20) * 20;
            StringBuilder sql = new StringBuilder("select id, cluster_id from statement where id in (");
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement q = c.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < n; i++) {
                    q.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        long cluster = rs.getLong(2);
                        out.put(id, rs.wasNull() ? null : cluster);
                    }
                }
            }
        }
        return out;
    }

    /** Stores statement links in the given order (one batch). */
    public static void insertLinks(Connection c, List<Link> links, OffsetDateTime now) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement("insert into statement_link (statement_id, other_id, relation, "
                + "score, evidence, created_at) values (?, ?, ?, ?, ?, ?)")) {
            for (Link l : links) {
                q.setString(1, l.statementId());
                q.setString(2, l.otherId());
                q.setString(3, l.relation());
                q.setDouble(4, l.score());
                q.setString(5, l.evidence());
                q.setObject(6, now);
                q.addBatch();
            }
            q.executeBatch();
        }
    }
}
