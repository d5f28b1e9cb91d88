package org.whosaid.analysis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * RELATED cluster links written once per alignment leave the rows that relating them one by one leaves (read the
 * pair, insert it, or raise its score when higher and not a person's); the clusters of statements read at once.
 */
class RelatedLinksTest {
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    static Connection schema() throws Exception {
        String url = "jdbc:h2:mem:related-links-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration",
                "classpath:org/whosaid/analysis/store/migration").load().migrate();
        Connection c = DriverManager.getConnection(url, "sa", "");
        stored(c, 1, 2, 0.5, "old auto", "auto");
        stored(c, 3, 4, 0.2, "a person's", "human");
        stored(c, 5, 6, 0.9, "strong auto", "auto");
        return c;
    }

    static void stored(Connection c, long a, long b, double score, String evidence, String source) throws Exception {
        try (PreparedStatement q = c.prepareStatement("insert into cluster_link (cluster_a, cluster_b, score, evidence, "
                + "source, created_at) values (?, ?, ?, ?, ?, ?)")) {
            q.setLong(1, a);
            q.setLong(2, b);
            q.setDouble(3, score);
            q.setString(4, evidence);
            q.setString(5, source);
            q.setObject(6, T0);
            q.executeUpdate();
        }
    }

    /** The one-by-one way (ClusterLinks.relate with source "auto"), on JDBC. */
    static void relateOne(Connection c, long a, long b, double score, String evidence) throws Exception {
        if (a == b) {
            return;
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        try (PreparedStatement q = c.prepareStatement("select id, score, source from cluster_link where cluster_a = ? and cluster_b = ?")) {
            q.setLong(1, lo);
            q.setLong(2, hi);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    stored(c, lo, hi, score, evidence, "auto");
                } else if (!"human".equals(rs.getString(3)) && score > rs.getDouble(2)) {
                    try (PreparedStatement u = c.prepareStatement(
                            "update cluster_link set score = ?, evidence = ?, source = 'auto' where id = ?")) {
                        u.setDouble(1, score);
                        u.setString(2, evidence);
                        u.setLong(3, rs.getLong(1));
                        u.executeUpdate();
                    }
                }
            }
        }
    }

    static List<String> rows(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(
                "select id, cluster_a, cluster_b, score, evidence, source from cluster_link order by id")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + " " + rs.getLong(2) + "-" + rs.getLong(3) + " " + rs.getDouble(4) + " "
                        + rs.getString(5) + " " + rs.getString(6));
            }
        }
        return out;
    }

    @Test
    void onceLeavesTheRowsOfOneByOne() throws Exception {
        for (int seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            try (Connection one = schema(); Connection once = schema()) {
                RelatedLinks links = new RelatedLinks();
                int calls = 1 + rnd.nextInt(60);
                for (int i = 0; i < calls; i++) {
                    long a = 1 + rnd.nextInt(8);
                    long b = 1 + rnd.nextInt(8);
                    double score = rnd.nextInt(10) / 10.0;
                    String evidence = "call " + i;
                    relateOne(one, a, b, score, evidence);
                    links.relate(a, b, score, evidence);
                }
                links.store(once, T0);
                assertEquals(rows(one), rows(once), "seed " + seed);
            }
        }
    }

    @Test
    void clustersOfStatements() throws Exception {
        try (Connection c = schema()) {
            try (PreparedStatement q = c.prepareStatement("insert into article (id, version, outlet, body, analysed_at, "
                    + "published_at) values (1, 1, 'Kestrel Post', '', ?, ?)")) {
                q.setObject(1, T0);
                q.setObject(2, T0);
                q.executeUpdate();
            }
            List<String> ids = new ArrayList<>();
            for (int i = 1; i <= 230; i++) {
                try (PreparedStatement q = c.prepareStatement("insert into statement (id, article_id, article_version, "
                        + "local_id, seq, form, quote_text, quote_key, quote_start, quote_end, speaker_name, published_at, "
                        + "language, cluster_id, body) values (?, 1, 1, ?, ?, 'Direct', 'q', 'q', 0, 1, 'A', ?, 'de', ?, '{}')")) {
                    q.setString(1, "1-s-" + i);
                    q.setString(2, "s-" + i);
                    q.setInt(3, i);
                    q.setObject(4, T0);
                    if (i % 3 == 0) {
                        q.setNull(5, java.sql.Types.BIGINT);
                    } else {
                        q.setLong(5, 100 + i);
                    }
                    q.executeUpdate();
                }
                ids.add("1-s-" + i);
            }
            ids.add("missing");
            Map<String, Long> clusters = EvidenceRows.clustersOf(c, ids);
            assertEquals(230, clusters.size());
            assertEquals(101L, clusters.get("1-s-1"));
            assertEquals(null, clusters.get("1-s-3"));
            assertEquals(true, clusters.containsKey("1-s-3"));
            assertEquals(329L, clusters.get("1-s-229"));
            assertEquals(false, clusters.containsKey("missing"));
        }
    }
}
