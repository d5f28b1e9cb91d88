package org.whosaid.analysis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The RELATED cluster links ("auto") that one alignment found, gathered in order and written once (H2 and
 * PostgreSQL): the stored links of their cluster pairs read in one query, new pairs inserted and stronger ones
 * updated as two batches. The rows are those that storing the links one by one would leave (read the pair, insert it,
 * or raise its score when higher and not a person's): per pair the highest score with the evidence of the first link
 * that reached it; a person's link ("human") stays as it is. Plain JDBC so that the service ({@link AlignStore}) and
 * the scale benchmark run the same statements.
 */
public final class RelatedLinks {

    /** A link between two clusters, {@code a < b}. */
    public record Link(long a, long b, double score, String evidence) {
    }

    /** Pairs read per query (padded to a multiple of {@link #SLOTS} so that the query text repeats). */
    static final int CHUNK = 20;
    static final int SLOTS = 5;

    private final Map<String, Link> byPair = new LinkedHashMap<>();

    /** Adds a link between two clusters (none between a cluster and itself); the stronger of two for a pair is kept. */
    public void relate(long a, long b, double score, String evidence) {
        if (a == b) {
            return;
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        String pair = lo + ":" + hi;
        Link had = byPair.get(pair);
        if (had == null || score > had.score()) {
            byPair.put(pair, new Link(lo, hi, score, evidence));
        }
    }

    /** The links gathered, one per pair, in the order their pairs were first related. */
    public Collection<Link> links() {
        return byPair.values();
    }

    /** Writes the gathered links: one read, then the new pairs and the stronger ones as two batches. */
    public void store(Connection c, OffsetDateTime now) throws SQLException {
        if (byPair.isEmpty()) {
            return;
        }
        Map<String, Stored> stored = read(c, new ArrayList<>(byPair.values()));
        List<Link> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Map.Entry<String, Link> e : byPair.entrySet()) {
            Stored s = stored.get(e.getKey());
            Link l = e.getValue();
            if (s == null) {
                inserts.add(l);
            } else if (!"human".equals(s.source()) && l.score() > s.score()) {
                updates.add(new Object[] {l, s.id()});
            }
        }
        if (!inserts.isEmpty()) {
            try (PreparedStatement q = c.prepareStatement("insert into cluster_link (cluster_a, cluster_b, score, "
                    + "evidence, source, created_at) values (?, ?, ?, ?, 'auto', ?)")) {
                for (Link l : inserts) {
                    q.setLong(1, l.a());
                    q.setLong(2, l.b());
                    q.setDouble(3, l.score());
                    q.setString(4, l.evidence());
                    q.setObject(5, now);
                    q.addBatch();
                }
                q.executeBatch();
            }
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement q = c.prepareStatement(
                    "update cluster_link set score = ?, evidence = ?, source = 'auto' where id = ?")) {
                for (Object[] u : updates) {
                    Link l = (Link) u[0];
                    q.setDouble(1, l.score());
                    q.setString(2, l.evidence());
                    q.setLong(3, (Long) u[1]);
                    q.addBatch();
                }
                q.executeBatch();
            }
        }
    }

    /** A stored link's row. */
    private record Stored(long id, double score, String source) {
    }

    /** The stored links of the pairs, by "a:b": one query per {@link #CHUNK} pairs, each pair by the unique index. */
    private static Map<String, Stored> read(Connection c, List<Link> pairs) throws SQLException {
        Map<String, Stored> out = new HashMap<>();
        for (int from = 0; from < pairs.size(); from += CHUNK) {
            List<Link> chunk = pairs.subList(from, Math.min(pairs.size(), from + CHUNK));
            int n = ((chunk.size() + SLOTS - 1) / SLOTS) * SLOTS;
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sql.append(i == 0 ? "" : " union all ").append("(select id, cluster_a, cluster_b, score, source "
                        + "from cluster_link where cluster_a = ? and cluster_b = ?)");
            }
            try (PreparedStatement q = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < n; i++) {
                    Link l = chunk.get(Math.min(i, chunk.size() - 1));
                    q.setLong(2 * i + 1, l.a());
                    q.setLong(2 * i + 2, l.b());
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(2) + ":" + rs.getLong(3), new Stored(rs.getLong(1), rs.getDouble(4),
                                rs.getString(5)));
                    }
                }
            }
        }
        return out;
    }
}
