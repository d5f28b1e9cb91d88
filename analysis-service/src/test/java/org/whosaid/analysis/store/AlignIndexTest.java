package org.whosaid.analysis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alignment's SQL on a real schema (Flyway migrations on H2): candidates by blocking key, newest first within
 * a per-key bound, other articles only; the compare columns; the V2 migration's time column for existing keys.
 */
class AlignIndexTest {
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    String url;
    Connection db;

    @BeforeEach
    void schema() throws Exception {
        url = "jdbc:h2:mem:align-index-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration",
                "classpath:org/whosaid/analysis/store/migration").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void close() throws Exception {
        db.createStatement().execute("shutdown");
        db.close();
    }

    void article(long id, OffsetDateTime at) throws Exception {
        try (PreparedStatement q = db.prepareStatement("insert into article (id, version, outlet, body, analysed_at, "
                + "published_at) values (?, 1, 'Kestrel Post', '', ?, ?)")) {
            q.setLong(1, id);
            q.setObject(2, at);
            q.setObject(3, at);
            q.executeUpdate();
        }
    }

    String statement(long article, int n, OffsetDateTime at, Long cluster, String... keys) throws Exception {
        String id = article + "-s-" + n;
        try (PreparedStatement q = db.prepareStatement("insert into statement (id, article_id, article_version, local_id, "
                + "seq, form, quote_text, quote_key, quote_start, quote_end, speaker_name, entity_id, outlet, published_at, "
                + "language, cluster_id, context_text, channel_text, intermediary, signature, body) values (?, ?, 1, ?, ?, "
                + "'Indirect', ?, ?, 0, 10, 'Mira Talvik', 'p-7', 'Kestrel Post', ?, 'de', ?, 'ctx', 'im Radio', "
                + "'Agentur Nord', 'S2', '{}')")) {
            q.setString(1, id);
            q.setLong(2, article);
            q.setString(3, "s-" + n);
            q.setInt(4, n);
            q.setString(5, "quote " + id);
            q.setString(6, "quote " + id);
            q.setObject(7, at);
            if (cluster == null) {
                q.setNull(8, java.sql.Types.BIGINT);
            } else {
                q.setLong(8, cluster);
            }
            q.executeUpdate();
        }
        AlignIndex.insertKeys(db, id, article, at, List.of(keys));
        return id;
    }

    @Test
    void readsAtMostRowsPerKeyNewestFirstUpToTheStatementsTimeAndSkipsItsOwnArticle() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            OffsetDateTime at = T0.plusDays(i);
            article(i, at);
            ids.add(statement(i, 1, at, (long) i, "se:p-7:w100"));
        }
        article(7, T0.plusDays(40));
        statement(7, 1, T0.plusDays(40), 7L, "se:p-7:w100"); // far later than the new statement: not read
        article(9, T0.plusDays(6));
        statement(9, 1, T0.plusDays(6), 9L, "se:p-7:w100"); // the new statement's own article: never a candidate

        AlignIndex.Hits hits = AlignIndex.hits(db, List.of("se:p-7:w100"), T0.plusDays(6), 9, 3);
        assertEquals(List.of(ids.get(5), ids.get(4), ids.get(3)), new ArrayList<>(hits.shared().keySet()));
        assertEquals(Set.of(), hits.selective(), "a key that fills its quota is not selective");
        assertEquals(List.of(), AlignStore.rank(hits, 100), "one shared common key is not enough");

        AlignIndex.Hits unbounded = AlignIndex.hits(db, List.of("se:p-7:w100"), null, 9, 3);
        assertEquals(Set.of("7-s-1", ids.get(5), ids.get(4)), unbounded.shared().keySet());

        AlignIndex.Hits all = AlignIndex.hits(db, List.of("se:p-7:w100"), T0.plusDays(6), 9, 10);
        assertEquals(6, all.shared().size());
        assertEquals(all.shared().keySet(), all.selective());
        assertEquals(6, AlignStore.rank(all, 24).size());
        assertEquals(2, AlignStore.rank(all, 8).size(), "at most max/4 candidates sharing a single key");
    }

    @Test
    void countsSharedKeysAcrossOneQueryAndRanksStatementsSharingTwoFirst() throws Exception {
        article(1, T0);
        article(2, T0);
        String both = statement(1, 1, T0, 1L, "se:p-7:w100", "t:staudamm:m20");
        String one = statement(2, 1, T0, 2L, "t:staudamm:m20");
        AlignIndex.Hits hits = AlignIndex.hits(db, List.of("se:p-7:w100", "t:staudamm:m20", "n:1234:w100"),
                T0, 3, 100);
        assertEquals(Map.of(both, 2, one, 1), hits.shared());
        assertEquals(List.of(both, one), AlignStore.rank(hits, 100));
        assertTrue(AlignIndex.hits(db, List.of(), T0, 3, 100).shared().isEmpty());
    }

    @Test
    void countsASignalOnceWhenBothOfItsTimeBucketsFindTheStatement() throws Exception {
        article(1, T0);
        article(2, T0);
        String twoBuckets = statement(1, 1, T0, 1L, "t:staudamm:m20", "t:staudamm:m21");
        String twoSignals = statement(2, 1, T0, 2L, "t:staudamm:m20", "se:p-7:w100");
        AlignIndex.Hits hits = AlignIndex.hits(db, List.of("t:staudamm:m20", "t:staudamm:m21", "se:p-7:w100"), T0, 3,
                100);
        assertEquals(Map.of(twoBuckets, 1, twoSignals, 2), hits.shared());
        assertEquals(4, hits.rows());
        assertEquals("se:p-7", AlignIndex.signal("se:p-7:w100"));
        assertEquals("t:staudamm", AlignIndex.signal("t:staudamm:m-3"));
        assertEquals("n:1234", AlignIndex.signal("n:1234:w2924"));
        assertEquals("plain", AlignIndex.signal("plain"));
        assertEquals("x:wide", AlignIndex.signal("x:wide"));
    }

    @Test
    void loadsTheColumnsTheComparisonNeeds() throws Exception {
        article(1, T0);
        String a = statement(1, 1, T0, 41L, "k");
        String b = statement(1, 2, T0, null, "k");
        List<AlignIndex.Candidate> got = AlignIndex.load(db, List.of(a, b));
        assertEquals(2, got.size());
        AlignIndex.Candidate ca = got.stream().filter(c -> c.id().equals(a)).findFirst().orElseThrow();
        assertEquals(41L, ca.clusterId());
        assertEquals(1L, ca.articleId());
        assertEquals("Mira Talvik", ca.view().speakerName());
        assertEquals("p-7", ca.view().speakerEntityId());
        assertEquals("Indirect", ca.view().form());
        assertEquals("quote " + a, ca.view().quote());
        assertEquals("ctx", ca.view().context());
        assertEquals("im Radio", ca.view().channel());
        assertEquals("Agentur Nord", ca.view().intermediary());
        assertEquals("de", ca.view().language());
        assertEquals(T0.toInstant(), ca.view().publishedAt().toInstant());
        assertEquals("S2", ca.signature());
        assertNull(got.stream().filter(c -> c.id().equals(b)).findFirst().orElseThrow().clusterId());
        assertTrue(AlignIndex.load(db, List.of()).isEmpty());
    }

    @Test
    void migrationGivesExistingKeysTheTimeOfTheirStatement() throws Exception {
        String old = "jdbc:h2:mem:align-v1-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(old, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(old, "sa", "")) {
            c.createStatement().execute("insert into article (id, version, body, analysed_at) values (1, 1, '', "
                    + "timestamp with time zone '2026-03-02 09:00:00+00')");
            c.createStatement().execute("insert into statement (id, article_id, article_version, local_id, seq, form, "
                    + "quote_text, quote_key, quote_start, quote_end, published_at, body) values ('1-s-1', 1, 1, 's-1', 0, "
                    + "'Direct', 'q', 'q', 0, 1, timestamp with time zone '2026-03-02 09:00:00+00', '{}')");
            c.createStatement().execute("insert into blocking_key (key_value, statement_id, article_id) values "
                    + "('se:p-7:w100', '1-s-1', 1)");
            Flyway.configure().dataSource(old, "sa", "").locations("classpath:db/migration").load().migrate();
            try (ResultSet rs = c.createStatement().executeQuery("select published_at from blocking_key")) {
                assertTrue(rs.next());
                assertEquals(T0.toInstant(), rs.getObject(1, OffsetDateTime.class).toInstant());
            }
            assertEquals(Set.of("1-s-1"), AlignIndex.hits(c, List.of("se:p-7:w100"), T0, 2, 10).shared().keySet());
            c.createStatement().execute("shutdown");
        }
    }
}
