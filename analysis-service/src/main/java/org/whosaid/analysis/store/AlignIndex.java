package org.whosaid.analysis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whosaid.analysis.engine.align.Grouping;
import org.whosaid.analysis.engine.align.StatementView;

/**
 * The SQL of incremental alignment on one JDBC connection (H2 and PostgreSQL): the candidates of a statement from the
 * indexed blocking keys, the few columns the comparison needs, batched inserts of keys and search terms, and the
 * scored pairs the grouping reads (statement_edge, V5). Plain
 * JDBC so that the service ({@link AlignStore}, on the transaction's connection) and the scale benchmark run the
 * same statements.
 *
 * <p>Bounded work whatever the corpus size: one query per statement reads at most {@code rowsPerKey} rows per key
 * from the index {@code (key_value, published_at desc, article_id, statement_id)} (index-only), newest first up to
 * a little after the statement's own time, so a key shared by many statements yields the ones nearest in time,
 * not the oldest; then one query loads at most {@code max} candidates by primary key.
 */
public final class AlignIndex {

    /** Key lists are padded to a multiple of this (the engine's limit) so that the query text repeats (statement caches). */
    static final int KEY_SLOTS = 16;
    /** A key no statement has: fills the unused slots. */
    static final String NO_KEY = "";

    /** Rows of a key later than the new statement's time by more than this are not read (a key bucket spans ≤ 2 months). */
    public static final long LATER_DAYS = 8;

    /** The upper time bound of a timeless key's rows: all of them. */
    static final OffsetDateTime TIMELESS_BOUND = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC);

    private AlignIndex() {
    }

    /** Keys ending in ":u" (undated statements) or ":d" (the timeless form of a dated one), docs/alignment.md. */
    static boolean timeless(String key) {
        int n = key.length();
        return n > 2 && key.charAt(n - 2) == ':' && (key.charAt(n - 1) == 'u' || key.charAt(n - 1) == 'd');
    }

    /** What the comparison needs of a stored candidate. */
    public record Candidate(String id, long articleId, Long clusterId, String outlet, OffsetDateTime publishedAt,
            String language, String entityId, String speakerName, String form, String quote, String context,
            String channel, String intermediary, String signature, boolean speakerNamed) {
        public StatementView view() {
            return new StatementView(id, articleId, outlet, publishedAt, language, entityId, speakerName, form, quote,
                    context, channel, intermediary, speakerNamed);
        }
    }

    /**
     * One query for all keys of a statement: per key at most {@code rowsPerKey} statement ids of other articles,
     * newest first among those published before {@code at} + {@link #LATER_DAYS} (all when {@code at} is null).
     * "order by key_value, published_at desc" (key_value is fixed) lets H2 read the index in order and stop after
     * {@code rowsPerKey} entries; with "order by published_at desc" alone it reads and sorts every row of the key.
     */
    static String candidatesSql(int keys, int rowsPerKey, boolean bounded) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < keys; i++) {
            if (i > 0) {
                sql.append(" union all ");
            }
            sql.append("(select ").append(i).append(" as k, statement_id from blocking_key where key_value = ?")
                    .append(bounded ? " and published_at <= ?" : "")
                    .append(" and article_id <> ? order by key_value, published_at desc fetch first ").append(rowsPerKey)
                    .append(" rows only)");
        }
        return sql.toString();
    }

    /**
     * What the blocking keys found.
     *
     * @param shared    candidate statement id → how many signals it shares (a signal = a key without its time
     *                  bucket, counted once), first seen first, keys in order
     * @param selective the ids found through a selective key: one that returned fewer than rowsPerKey rows. A key
     *                  that fills its quota (a common word in the month, a very prolific speaker's week) says little
     *                  on its own; its rows still count for statements that share another key.
     * @param rows      index rows read
     */
    public record Hits(Map<String, Integer> shared, Set<String> selective, int rows) {
    }

    /** The blocking-key hits of a statement: one query, at most {@code rowsPerKey} rows read per key. */
    public static Hits hits(Connection c, List<String> keys, OffsetDateTime at, long excludeArticleId, int rowsPerKey)
            throws SQLException {
        Map<String, Integer> hits = new LinkedHashMap<>();
        Set<String> selective = new HashSet<>();
        if (keys.isEmpty()) {
            return new Hits(hits, selective, 0);
        }
        rowsPerKey = Math.max(1, rowsPerKey);
        boolean bounded = at != null;
        List<List<String>> perKey = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            perKey.add(new ArrayList<>());
        }
        int slots = ((keys.size() + KEY_SLOTS - 1) / KEY_SLOTS) * KEY_SLOTS;
        try (PreparedStatement q = c.prepareStatement(candidatesSql(slots, rowsPerKey, bounded))) {
            int p = 1;
            for (int i = 0; i < slots; i++) {
                q.setString(p++, i < keys.size() ? keys.get(i) : NO_KEY);
                if (bounded) {
                    // a timeless key (":u", ":d") reads its rows whatever their time: undated articles meet dated ones
                    q.setObject(p++, i < keys.size() && timeless(keys.get(i)) ? TIMELESS_BOUND : at.plusDays(LATER_DAYS));
                }
                q.setLong(p++, excludeArticleId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int k = rs.getInt(1);
                    if (k < keys.size()) {
                        perKey.get(k).add(rs.getString(2));
                    }
                }
            }
        }
        // a signal is counted once per candidate even when both of its time buckets (w2924, w2925) found it
        Map<String, Set<String>> idsBySignal = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> ids = perKey.get(i);
            idsBySignal.computeIfAbsent(signal(keys.get(i)), k -> new LinkedHashSet<>()).addAll(ids);
            if (ids.size() < rowsPerKey) {
                selective.addAll(ids);
            }
        }
        for (Set<String> ids : idsBySignal.values()) {
            for (String id : ids) {
                hits.merge(id, 1, Integer::sum);
            }
        }
        int rows = 0;
        for (List<String> ids : perKey) {
            rows += ids.size();
        }
        return new Hits(hits, selective, rows);
    }

    /**
     * The signal of a blocking key without its time bucket: "se:p-7:w2924" → "se:p-7" (keys end in ":w" or ":m" and
     * the bucket number, docs/alignment.md).
     */
    static String signal(String key) {
        int i = key.lastIndexOf(':');
        if (timeless(key)) {
            return key.substring(0, i); // the timeless forms of a signal (docs/alignment.md)
        }
        if (i > 0 && i + 2 < key.length() && (key.charAt(i + 1) == 'w' || key.charAt(i + 1) == 'm')) {
            for (int j = i + 2; j < key.length(); j++) {
                char ch = key.charAt(j);
                if (!(Character.isDigit(ch) || (ch == '-' && j == i + 2))) {
                    return key;
                }
            }
            return key.substring(0, i);
        }
        return key;
    }

    /** The candidates' compare columns, one query (ids padded to a multiple of 20 so the statement text repeats). */
    public static List<Candidate> load(Connection c, List<String> ids) throws SQLException {
        List<Candidate> out = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return out;
        }
        int n = ((ids.size() + 19) / 20) * 20;
        StringBuilder sql = new StringBuilder("select id, article_id, cluster_id, outlet, published_at, language, "
                + "entity_id, speaker_name, form, quote_text, context_text, channel_text, intermediary, signature, speaker_named "
                + "from statement where id in (");
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement q = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < n; i++) {
                q.setString(i + 1, ids.get(Math.min(i, ids.size() - 1)));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    long cluster = rs.getLong(3);
                    Long clusterId = rs.wasNull() ? null : cluster;
                    out.add(new Candidate(rs.getString(1), rs.getLong(2), clusterId, rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getBoolean(15)));
                }
            }
        }
        return out;
    }

    /** Stores a statement's blocking keys with its time (the order of the candidate index). One batch. */
    public static void insertKeys(Connection c, String statementId, long articleId, OffsetDateTime at,
                                  Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement(
                "insert into blocking_key (key_value, statement_id, article_id, published_at) values (?, ?, ?, ?)")) {
            for (String k : keys) {
                q.setString(1, k);
                q.setString(2, statementId);
                q.setLong(3, articleId);
                if (at == null) {
                    q.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    q.setObject(4, at);
                }
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /** Stores a statement's search terms with its time (the order of the search index, V4). One batch. */
    public static void insertTerms(Connection c, String statementId, long articleId, OffsetDateTime publishedAt,
                                   Collection<String> terms) throws SQLException {
        if (terms.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement(
                "insert into statement_term (term, statement_id, article_id, published_at) values (?, ?, ?, ?)")) {
            for (String t : terms) {
                q.setString(1, t);
                q.setString(2, statementId);
                q.setLong(3, articleId);
                if (publishedAt == null) {
                    q.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    q.setObject(4, publishedAt);
                }
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /** Stores the scored pairs a new statement formed with stored ones (statement_edge, V5). One batch. */
    public static void insertEdges(Connection c, String statementId, Map<String, Double> weights) throws SQLException {
        if (weights.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement(
                "insert into statement_edge (statement_id, other_id, weight) values (?, ?, ?)")) {
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                q.setString(1, statementId);
                q.setString(2, e.getKey());
                q.setDouble(3, e.getValue());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /**
     * The stored pairs that touch any of the statements (both directions: one query per column, each by its index),
     * in chunks of 200 ids (padded to a multiple of 20 so the query text repeats). A pair among two of the ids comes
     * back twice; callers deduplicate.
     */
    public static List<Grouping.Edge> edgesOf(Connection c, Collection<String> ids) throws SQLException {
        List<Grouping.Edge> out = new ArrayList<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 200) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 200));
            int n = ((chunk.size() + 19) / 20) * 20;
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < n; i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            for (String column : List.of("statement_id", "other_id")) {
                try (PreparedStatement q = c.prepareStatement("select statement_id, other_id, weight from statement_edge where "
                        + column + " in (" + in + ")")) {
                    for (int i = 0; i < n; i++) {
                        q.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Grouping.Edge(rs.getString(1), rs.getString(2), rs.getDouble(3)));
                        }
                    }
                }
            }
        }
        return out;
    }
}
