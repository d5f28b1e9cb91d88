package org.whosaid.web.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills an analysis-service database (schema already created by the service's Flyway migrations) with synthetic,
 * invented data through batch JDBC: N articles of 3–8 statements each, persons, clusters (mostly 1–8 renderings, a few
 * with 50–250), SAME links, search terms, related-cluster links, conflicts, review decisions, stories. Words, names and
 * outlets are generated from syllables (no real text). Deterministic for a seed.
 */
final class BenchData {
    static final int PERSONS = 20_000;
    static final int OUTLETS = 40;
    static final int BLOCK = 64;

    final Random rnd = new Random(20261122L);
    final ObjectMapper json = new ObjectMapper();
    final String[] words;
    final double[] wordCdf;
    final String[] personNames;
    final double[] personCdf;
    final String[] outlets;
    final OffsetDateTime start = OffsetDateTime.of(2023, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC);

    long statements;
    long terms;
    long clusterCount;
    long links;

    BenchData() {
        words = inventWords(6000, 2, 4);
        wordCdf = zipf(words.length, 1.0);
        String[] first = inventWords(80, 2, 3);
        String[] sur = inventWords(3000, 2, 4);
        personNames = new String[PERSONS];
        for (int i = 0; i < PERSONS; i++) personNames[i] = cap(first[i % first.length]) + " " + cap(sur[(i * 7 + i / 80) % sur.length]);
        personCdf = zipf(PERSONS, 0.8);
        String[] suffix = {"Post", "Kurier", "Zeitung", "Bote", "Anzeiger", "Blatt", "Rundschau", "Tribune"};
        String[] base = inventWords(OUTLETS, 2, 3);
        outlets = new String[OUTLETS];
        for (int i = 0; i < OUTLETS; i++) outlets[i] = cap(base[i]) + " " + suffix[i % suffix.length];
    }

    /** The i-th most common invented word (0 = most common). */
    String word(int rank) {
        return words[rank];
    }

    String outlet(int i) {
        return outlets[i];
    }

    private String[] inventWords(int n, int minSyl, int maxSyl) {
        String[] cons = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sch", "br", "tr", "kl"};
        String[] vow = {"a", "e", "i", "o", "u", "ei", "au", "ie"};
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            int syl = minSyl + rnd.nextInt(maxSyl - minSyl + 1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < syl; i++) b.append(cons[rnd.nextInt(cons.length)]).append(vow[rnd.nextInt(vow.length)]);
            if (rnd.nextBoolean()) b.append(cons[rnd.nextInt(cons.length)]);
            out.add(b.toString());
        }
        return out.toArray(String[]::new);
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    private int draw(double[] cdf) {
        int i = Arrays.binarySearch(cdf, rnd.nextDouble());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** One utterance rendered by several articles = one cluster. */
    final class Utterance {
        final long clusterId;
        final int size;
        final int person;
        final String[] base;
        final boolean conflict;
        int assigned;
        String refId;
        String refKey;
        final Set<String> outletSet = new HashSet<>();
        OffsetDateTime first;
        OffsetDateTime last;

        Utterance(long clusterId) {
            this.clusterId = clusterId;
            double u = rnd.nextDouble();
            size = u < 0.55 ? 1 : u < 0.80 ? 2 + rnd.nextInt(2) : u < 0.95 ? 4 + rnd.nextInt(5)
                    : u < 0.995 ? 9 + rnd.nextInt(22) : 50 + rnd.nextInt(201);
            person = draw(personCdf);
            base = new String[8 + rnd.nextInt(18)];
            for (int i = 0; i < base.length; i++) base[i] = words[draw(wordCdf)];
            conflict = size > 1 && rnd.nextDouble() < 0.08;
        }

        String[] variant() {
            List<String> w = new ArrayList<>(Arrays.asList(base));
            if (assigned > 0) {
                if (rnd.nextDouble() < 0.5) w.set(rnd.nextInt(w.size()), words[draw(wordCdf)]);
                if (rnd.nextDouble() < 0.3 && w.size() > 4) w.remove(rnd.nextInt(w.size()));
                if (rnd.nextDouble() < 0.2) w.add(rnd.nextInt(w.size()), words[draw(wordCdf)]);
            }
            return w.toArray(String[]::new);
        }
    }

    record Instance(Utterance u) {}

    /** Fills the (empty, migrated) database at the JDBC URL with {@code articles} articles: H2 or PostgreSQL. */
    void fill(String url, String user, String password, int articles) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            boolean pg = url.startsWith("jdbc:postgresql:");
            if (!pg) {
                try (var st = c.createStatement()) {
                    st.execute("SET CACHE_SIZE 262144");
                }
            }
            // bulk load: secondary indexes of the big tables are dropped and rebuilt afterwards with the same definition
            List<String> tables = List.of("ARTICLE", "STATEMENT", "STATEMENT_TERM", "STATEMENT_LINK", "CLUSTER", "CONFLICT");
            List<String> rebuild = pg ? dropIndexesPg(c, tables) : dropIndexes(c, tables);
            persons(c);
            stories(c, articles);
            fillArticles(c, articles);
            c.commit();
            long t = System.nanoTime();
            try (var st = c.createStatement()) {
                for (String ddl : rebuild) st.execute(ddl);
            }
            c.commit();
            System.out.printf(Locale.ROOT, "  %d indexes rebuilt in %.0f s%n", rebuild.size(), (System.nanoTime() - t) / 1e9);
        }
    }

    /** Drops the non-primary-key indexes of the tables; answers the DDL that recreates them as they were. */
    private static List<String> dropIndexes(Connection c, List<String> tables) throws SQLException {
        Map<String, StringBuilder> cols = new java.util.LinkedHashMap<>();
        Map<String, String> head = new HashMap<>();
        try (var st = c.createStatement(); var r = st.executeQuery("select i.index_name, i.table_name, i.index_type_name, "
                + "k.column_name, k.ordering_specification, k.null_ordering from information_schema.indexes i join information_schema.index_columns k "
                + "on k.index_name = i.index_name and k.table_name = i.table_name and k.index_schema = i.index_schema "
                + "where i.table_schema = 'PUBLIC' and i.index_type_name in ('INDEX', 'UNIQUE INDEX') "
                + "order by i.index_name, k.ordinal_position")) {
            while (r.next()) {
                if (!tables.contains(r.getString(2)) || !r.getString(1).matches("(IX|UX)_.*")) continue;
                String name = r.getString(1);
                head.putIfAbsent(name, "create " + (r.getString(3).startsWith("UNIQUE") ? "unique " : "") + "index " + name + " on " + r.getString(2) + " (");
                StringBuilder b = cols.computeIfAbsent(name, k -> new StringBuilder());
                if (b.length() > 0) b.append(", ");
                b.append(r.getString(4)).append("DESC".equals(r.getString(5)) ? " desc" : "")
                        .append(r.getString(6) == null ? "" : " nulls " + r.getString(6).toLowerCase(Locale.ROOT));
            }
        }
        List<String> ddl = new ArrayList<>();
        try (var st = c.createStatement()) {
            for (var e : cols.entrySet()) {
                st.execute("drop index " + e.getKey());
                ddl.add(head.get(e.getKey()) + e.getValue() + ")");
            }
        }
        return ddl;
    }

    /** PostgreSQL: the same from pg_indexes, whose indexdef is the DDL itself. */
    private static List<String> dropIndexesPg(Connection c, List<String> tables) throws SQLException {
        List<String> ddl = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (var st = c.createStatement(); var r = st.executeQuery("select tablename, indexname, indexdef from pg_indexes "
                + "where schemaname = current_schema() order by indexname")) {
            while (r.next()) {
                if (tables.contains(r.getString(1).toUpperCase(Locale.ROOT)) && r.getString(2).matches("(ix|ux)_.*")) {
                    names.add(r.getString(2));
                    ddl.add(r.getString(3));
                }
            }
        }
        try (var st = c.createStatement()) {
            for (String n : names) {
                st.execute("drop index " + n);
            }
        }
        return ddl;
    }

    private void persons(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into person (id, kind, canonical_name, first_name, surname, "
                + "surname_norm, phonetic_key, created_at) values (?, 'PERSON', ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < PERSONS; i++) {
                String[] n = personNames[i].split(" ");
                p.setLong(1, i + 1);
                p.setString(2, personNames[i]);
                p.setString(3, n[0]);
                p.setString(4, n[1]);
                p.setString(5, n[1].toLowerCase(Locale.ROOT));
                p.setString(6, n[1].toLowerCase(Locale.ROOT).substring(0, Math.min(6, n[1].length())));
                p.setObject(7, start);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (var st = c.createStatement()) {
            st.execute("alter table person alter column id restart with " + (PERSONS + 1));
        }
    }

    private OffsetDateTime published(int articleIndex, int articles) {
        long span = 3L * 365 * 24 * 3600;
        return start.plusSeconds(span * articleIndex / articles + rnd.nextInt(3600));
    }

    private void stories(Connection c, int articles) throws SQLException {
        int stories = articles / 4 + 1;
        try (PreparedStatement p = c.prepareStatement("insert into story (id, title, first_published, last_published, "
                + "updated_at) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < stories; i++) {
                OffsetDateTime t = published(Math.min(i * 4, articles - 1), articles);
                p.setLong(1, i + 1);
                p.setString(2, cap(words[draw(wordCdf)]) + " " + words[draw(wordCdf)]);
                p.setObject(3, t);
                p.setObject(4, t.plusHours(20));
                p.setObject(5, t);
                p.addBatch();
                if (i % 5000 == 4999) p.executeBatch();
            }
            p.executeBatch();
        }
        try (var st = c.createStatement()) {
            st.execute("alter table story alter column id restart with " + (stories + 1));
        }
    }

    private void fillArticles(Connection c, int articles) throws SQLException {
        PreparedStatement art = c.prepareStatement("insert into article (id, version, url, outlet, title, lead_text, "
                + "published_at, language, agencies, body, copy_of, extractor_version, statement_count, story_id, analysed_at) "
                + "values (?, 1, ?, ?, ?, null, ?, 'de', null, ?, null, 'bench', ?, ?, ?)");
        PreparedStatement stm = c.prepareStatement("insert into statement (id, article_id, article_version, local_id, seq, "
                + "form, medium, quote_text, quote_key, quote_start, quote_end, speaker_name, speaker_key, entity_id, "
                + "speaker_override, outlet, url, published_at, language, extractor_version, cluster_id, confidence, "
                + "context_text, channel_text, intermediary, signature, body) values (?, ?, 1, ?, ?, ?, 'Speech', ?, ?, ?, ?, ?, ?, ?, "
                + "false, ?, ?, ?, 'de', 'bench', ?, ?, null, null, null, null, ?)");
        PreparedStatement term = c.prepareStatement("insert into statement_term (term, statement_id, article_id, published_at) values (?, ?, ?, ?)");
        PreparedStatement link = c.prepareStatement("insert into statement_link (statement_id, other_id, relation, score, "
                + "evidence, created_at) values (?, ?, 'SAME', ?, ?, ?)");
        PreparedStatement cl = c.prepareStatement("insert into cluster (id, speaker_name, speaker_entity_id, "
                + "reference_statement_id, reference_reason, reference_marked, reference_quote_key, review_status, review_note, "
                + "statement_count, outlet_count, has_conflict, first_published, last_published, updated_at) "
                + "values (?, ?, ?, ?, 'earliest full direct rendering', false, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement conf = c.prepareStatement("insert into conflict (scope_key, kind, subject, cluster_id, values_json, "
                + "created_at) values (?, 'number', 'how many', ?, ?, ?)");
        PreparedStatement rel = c.prepareStatement("insert into cluster_link (cluster_a, cluster_b, score, evidence, source, "
                + "created_at) values (?, ?, ?, 'shared speaker\nshared words 4', 'auto', ?)");
        PreparedStatement dec = c.prepareStatement("insert into decision (cluster_id, action, statement_id, article_id, "
                + "quote_key, target_cluster_id, payload, note, actor, created_at) values (?, 'review', null, null, null, null, ?, ?, 'bench', ?)");
        Deque<Instance> queue = new ArrayDeque<>();
        long nextCluster = 1;
        Map<Long, Utterance> open = new HashMap<>();
        int[] outletOf = new int[BLOCK];
        for (int b = 0; b < articles; b += BLOCK) {
            int n = Math.min(BLOCK, articles - b);
            int[] slots = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                slots[i] = 3 + rnd.nextInt(6);
                total += slots[i];
                outletOf[i] = rnd.nextInt(OUTLETS);
            }
            while (queue.size() < total) {
                Utterance u = new Utterance(nextCluster++);
                open.put(u.clusterId, u);
                for (int k = 0; k < u.size; k++) queue.add(new Instance(u));
            }
            // deal round-robin so that one cluster's renderings land in different articles of this time window
            @SuppressWarnings("unchecked") List<Instance>[] per = new List[n];
            for (int i = 0; i < n; i++) per[i] = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < n; i++) if (per[i].size() < slots[i] && per[i].size() == round) per[i].add(queue.poll());
            }
            for (int i = 0; i < n; i++) {
                long articleId = b + i + 1;
                OffsetDateTime t = published(b + i, articles);
                String outlet = outlets[outletOf[i]];
                String url = "https://" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/a/" + articleId;
                StringBuilder body = new StringBuilder(cap(words[draw(wordCdf)]) + " " + words[draw(wordCdf)] + "\n\n");
                int seq = 0;
                for (Instance in : per[i]) {
                    Utterance u = in.u();
                    seq++;
                    String id = articleId + "-s-" + seq;
                    String[] w = u.variant();
                    String quote = cap(String.join(" ", w)) + ".";
                    String speaker = personNames[u.person];
                    String form = u.assigned == 0 ? "Direct" : rnd.nextDouble() < 0.6 ? "Direct" : rnd.nextDouble() < 0.75 ? "Indirect" : "Reported";
                    int ss = body.length();
                    body.append(speaker).append(" sagte: „");
                    int qs = body.length();
                    body.append(quote);
                    int qe = body.length();
                    body.append("“ ").append(cap(words[draw(wordCdf)])).append(' ').append(words[draw(wordCdf)]).append(".\n");
                    String key = String.join(" ", w).toLowerCase(Locale.ROOT);
                    if (key.length() > 150) key = key.substring(0, 150);
                    stm.setString(1, id);
                    stm.setLong(2, articleId);
                    stm.setString(3, "s-" + seq);
                    stm.setInt(4, seq);
                    stm.setString(5, form);
                    stm.setString(6, quote);
                    stm.setString(7, key);
                    stm.setInt(8, qs);
                    stm.setInt(9, qe);
                    stm.setString(10, speaker);
                    stm.setString(11, speaker.toLowerCase(Locale.ROOT));
                    stm.setString(12, "p-" + (u.person + 1));
                    stm.setString(13, outlet);
                    stm.setString(14, url);
                    stm.setObject(15, t);
                    stm.setLong(16, u.clusterId);
                    stm.setDouble(17, 0.8 + rnd.nextDouble() * 0.19);
                    stm.setString(18, statementJson(form, quote, qs, qe, speaker, ss, u.person + 1, seq));
                    stm.addBatch();
                    statements++;
                    Set<String> ts = new LinkedHashSet<>();
                    for (String x : w) ts.add(x.toLowerCase(Locale.ROOT));
                    for (String x : speaker.split(" ")) ts.add(x.toLowerCase(Locale.ROOT));
                    for (String x : ts) {
                        term.setString(1, x);
                        term.setString(2, id);
                        term.setLong(3, articleId);
                        term.setObject(4, t);
                        term.addBatch();
                        terms++;
                    }
                    if (u.assigned == 0) {
                        u.refId = id;
                        u.refKey = key;
                    } else {
                        link.setString(1, id);
                        link.setString(2, u.refId);
                        link.setDouble(3, 0.6 + rnd.nextDouble() * 0.39);
                        link.setString(4, "speaker p-" + (u.person + 1) + "\nshared keys " + (2 + rnd.nextInt(8)) + "\nwords " + (w.length - 1) + "/" + w.length);
                        link.setObject(5, t);
                        link.addBatch();
                        links++;
                    }
                    u.assigned++;
                    u.outletSet.add(outlet);
                    if (u.first == null) u.first = t;
                    u.last = t;
                    if (u.assigned == u.size) {
                        open.remove(u.clusterId);
                        writeCluster(u, cl, conf, rel, dec, nextCluster);
                    }
                }
                art.setLong(1, articleId);
                art.setString(2, url);
                art.setString(3, outlet);
                art.setString(4, body.substring(0, body.indexOf("\n")));
                art.setObject(5, t);
                art.setString(6, body.toString());
                art.setInt(7, seq);
                art.setLong(8, (b + i) / 4 + 1);
                art.setObject(9, t);
                art.addBatch();
            }
            art.executeBatch();
            stm.executeBatch();
            term.executeBatch();
            link.executeBatch();
            cl.executeBatch();
            conf.executeBatch();
            rel.executeBatch();
            dec.executeBatch();
            if ((b / BLOCK) % 50 == 49) {
                c.commit();
                System.out.printf(Locale.ROOT, "  %,d articles, %,d statements, %,d terms, %,d clusters%n", b + n, statements, terms, clusterCount);
            }
        }
        // clusters whose renderings were not all dealt (the tail of the queue): write what they have
        for (Utterance u : open.values()) if (u.assigned > 0) writeCluster(u, cl, conf, rel, dec, nextCluster);
        cl.executeBatch();
        conf.executeBatch();
        rel.executeBatch();
        dec.executeBatch();
        try (var st = c.createStatement()) {
            st.execute("alter table cluster alter column id restart with " + (nextCluster + 1));
        }
        for (PreparedStatement p : List.of(art, stm, term, link, cl, conf, rel, dec)) p.close();
    }

    private void writeCluster(Utterance u, PreparedStatement cl, PreparedStatement conf, PreparedStatement rel,
                              PreparedStatement dec, long maxCluster) throws SQLException {
        clusterCount++;
        double r = rnd.nextDouble();
        String status = r < 0.97 ? "unverified" : r < 0.98 ? "in_review" : r < 0.99 ? "accurate" : "misquoted";
        cl.setLong(1, u.clusterId);
        cl.setString(2, personNames[u.person]);
        cl.setString(3, "p-" + (u.person + 1));
        cl.setString(4, u.refId);
        cl.setString(5, u.refKey);
        cl.setString(6, status);
        cl.setString(7, status.equals("unverified") ? null : "checked against the recording");
        cl.setInt(8, u.assigned);
        cl.setInt(9, u.outletSet.size());
        cl.setBoolean(10, u.conflict);
        cl.setObject(11, u.first);
        cl.setObject(12, u.last);
        cl.setObject(13, u.last);
        cl.addBatch();
        if (u.conflict) {
            conf.setString(1, "cluster:" + u.clusterId);
            conf.setLong(2, u.clusterId);
            conf.setString(3, "[{\"value\":\"14\",\"outlets\":[\"" + outlets[0] + "\"],\"articleIds\":[],\"statementIds\":[\"" + u.refId
                    + "\"]},{\"value\":\"15\",\"outlets\":[\"" + outlets[1] + "\"],\"articleIds\":[],\"statementIds\":[]}]");
            conf.setObject(4, u.last);
            conf.addBatch();
        }
        if (u.clusterId > 10 && rnd.nextDouble() < 0.03) {
            long other = u.clusterId - 1 - rnd.nextInt((int) Math.min(5000, u.clusterId - 2));
            rel.setLong(1, Math.min(other, u.clusterId));
            rel.setLong(2, Math.max(other, u.clusterId));
            rel.setDouble(3, 0.4 + rnd.nextDouble() * 0.3);
            rel.setObject(4, u.last);
            rel.addBatch();
        }
        if (!status.equals("unverified")) {
            dec.setLong(1, u.clusterId);
            dec.setString(2, "{\"from\":\"unverified\",\"to\":\"" + status + "\",\"status\":\"" + status + "\"}");
            dec.setString(3, "checked against the recording");
            dec.setObject(4, u.last);
            dec.addBatch();
        }
    }

    /** The stored body (the extraction only: id, article, outlet, url, time and cluster are the row's columns). */
    private String statementJson(String form, String quote, int qs, int qe, String speaker, int ss, int person, int seq) {
        ObjectNode s = json.createObjectNode();
        s.put("form", form);
        s.put("medium", "Speech");
        ObjectNode q = s.putObject("quote");
        q.put("text", quote);
        q.putArray("spans").addObject().put("start", qs).put("end", qe);
        ObjectNode sp = s.putObject("speaker");
        sp.put("text", speaker);
        sp.putArray("spans").addObject().put("start", ss).put("end", ss + speaker.length());
        sp.put("name", speaker);
        sp.put("entityId", "p-" + person);
        sp.put("kind", "PERSON");
        sp.put("resolution", "name in the sentence");
        ObjectNode cue = s.putObject("cue");
        cue.put("text", "sagte");
        cue.putArray("spans").addObject().put("start", ss + speaker.length() + 1).put("end", ss + speaker.length() + 6);
        s.putNull("frame");
        s.putNull("addressee");
        s.putNull("channel");
        s.putNull("intermediary");
        s.putNull("parentId");
        s.put("sentence", seq);
        s.put("rule", "quote-colon-verb");
        s.put("confidence", 0.9);
        ArrayNode ev = s.putArray("evidence");
        ev.add("rule quote-colon-verb");
        ev.add("speaker by name in the sentence");
        return s.toString();
    }
}
