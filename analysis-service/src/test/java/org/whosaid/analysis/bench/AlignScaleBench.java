package org.whosaid.analysis.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.whosaid.analysis.engine.align.AlignConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Lexicon;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.Relation;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.store.AlignStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Alignment at scale: fills the analysis schema (Flyway migrations) with N synthetic statements and their blocking
 * keys, then measures the time to align one new article in-process (10 statements: signature, blocking keys, candidate
 * lookup with the service's query, loading and comparing candidates, storing statement and keys) and the heap after GC
 * as the corpus grows. Synthetic: invented words (Zipf-distributed), 20,000 speakers, 3 years of dates.
 *
 * <pre>
 * ./mvnw -q -o -pl analysis-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp analysis-service/target/test-classes:analysis-service/target/classes:$(cat analysis-service/target/cp.txt) \
 *     org.whosaid.analysis.bench.AlignScaleBench 1000000 [jdbc-url [user [password]]]
 * </pre>
 * Default URL: an H2 file under analysis-service/target/bench/. Results: docs/alignment-scale.md.
 */
public final class AlignScaleBench {

    static final int SPEAKERS = 20_000;
    static final int WORDS = 30_000;
    static final int PER_ARTICLE = 10;
    static final OffsetDateTime START = OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    final Random rnd = new Random(42);
    /** Invented speaker names, distinct in letters (the aligner compares surnames phonetically). */
    static final String[] NAMES = new String[SPEAKERS];

    static {
        Random r = new Random(7);
        String[] syl = {"kar", "lo", "min", "ste", "vu", "pen", "dra", "gol", "isch", "ter", "baum", "ek", "sun", "wald",
                "ra", "no", "bi", "zeck", "hof", "mu"};
        for (int i = 0; i < SPEAKERS; i++) {
            StringBuilder f = new StringBuilder();
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < 2; j++) {
                f.append(syl[r.nextInt(syl.length)]);
            }
            for (int j = 0; j < 3; j++) {
                s.append(syl[r.nextInt(syl.length)]);
            }
            NAMES[i] = Character.toUpperCase(f.charAt(0)) + f.substring(1) + " " + Character.toUpperCase(s.charAt(0))
                    + s.substring(1);
        }
    }
    final String[] words = new String[WORDS];
    final double[] zipf = new double[WORDS];
    final Aligner aligner = new Aligner(AlignConfig.defaults(), Lexicon.empty());
    final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    final Connection db;
    final int rowsPerKey = 400;
    final int maxCandidates = 100;
    long nextArticle = 1;
    long nextCluster = 1;

    AlignScaleBench(Connection db) {
        this.db = db;
        String[] syl = {"ka", "ro", "ten", "mi", "lu", "sel", "dor", "va", "ne", "bri", "gan", "to", "schu", "fer",
                "lin", "mar", "ost", "un", "ber", "wal", "ze", "pra", "ko", "hei", "stu"};
        double sum = 0;
        for (int i = 0; i < WORDS; i++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + rnd.nextInt(3);
            for (int j = 0; j < n; j++) {
                w.append(syl[rnd.nextInt(syl.length)]);
            }
            words[i] = w.toString() + i % 97;
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < WORDS; i++) {
            zipf[i] /= sum;
        }
    }

    String word() {
        int i = Arrays.binarySearch(zipf, rnd.nextDouble());
        return words[Math.min(WORDS - 1, i < 0 ? -i - 1 : i)];
    }

    String sentence(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    record Row(String id, long article, String outlet, OffsetDateTime at, int speaker, String quote, long cluster) {
        StatementView view() {
            return new StatementView(id, article, outlet, at, "de", "p-" + speaker, NAMES[speaker], "Direct", quote, quote,
                    null, null);
        }
    }

    Row synthetic(long article, int seq, OffsetDateTime at) {
        return new Row(article + "-s-" + seq, article, "Outlet" + (article % 40), at, rnd.nextInt(SPEAKERS),
                sentence(8 + rnd.nextInt(10)), nextCluster++);
    }

    void fill(long target, long already) throws Exception {
        db.setAutoCommit(false);
        PreparedStatement art = db.prepareStatement("insert into article (id, version, outlet, body, analysed_at, "
                + "published_at) values (?, 1, ?, '', ?, ?)");
        PreparedStatement st = db.prepareStatement("insert into statement (id, article_id, article_version, local_id, "
                + "seq, form, quote_text, quote_key, quote_start, quote_end, speaker_name, entity_id, outlet, "
                + "published_at, language, cluster_id, context_text, signature, body) values "
                + "(?, ?, 1, ?, ?, 'Direct', ?, ?, 0, 10, ?, ?, ?, ?, 'de', ?, ?, ?, '{}')");
        PreparedStatement key = db.prepareStatement("insert into blocking_key (key_value, statement_id, article_id) values (?, ?, ?)");
        long done = already;
        long t0 = System.nanoTime();
        while (done < target) {
            long a = nextArticle++;
            OffsetDateTime at = START.plusMinutes((long) (done * (3.0 * 365 * 24 * 60 / 1_000_000.0)));
            art.setLong(1, a);
            art.setString(2, "Outlet" + (a % 40));
            art.setTimestamp(3, Timestamp.from(at.toInstant()));
            art.setObject(4, at);
            art.addBatch();
            for (int i = 1; i <= PER_ARTICLE && done < target; i++, done++) {
                Row r = synthetic(a, i, at);
                StatementView v = r.view();
                Signature sig = aligner.signature(v);
                st.setString(1, r.id());
                st.setLong(2, a);
                st.setString(3, "s-" + i);
                st.setInt(4, i);
                st.setString(5, r.quote());
                st.setString(6, r.quote().length() > 150 ? r.quote().substring(0, 150) : r.quote());
                st.setString(7, v.speakerName());
                st.setString(8, v.speakerEntityId());
                st.setString(9, r.outlet());
                st.setObject(10, at);
                st.setLong(11, r.cluster());
                st.setString(12, r.quote());
                st.setString(13, json.writeValueAsString(sig));
                st.addBatch();
                for (String k : aligner.blockingKeys(v, sig)) {
                    key.setString(1, k);
                    key.setString(2, r.id());
                    key.setLong(3, a);
                    key.addBatch();
                }
            }
            if (a % 500 == 0) {
                art.executeBatch();
                st.executeBatch();
                key.executeBatch();
                db.commit();
            }
            if (done % 20_000 == 0) {
                System.out.printf("  filled %,d statements (%.0f s)%n", done, (System.nanoTime() - t0) / 1e9);
            }
        }
        art.executeBatch();
        st.executeBatch();
        key.executeBatch();
        db.commit();
    }

    /** Aligns one new article: returns milliseconds. Half its statements paraphrase stored ones (same speaker, day). */
    double alignOneArticle(long stored) throws Exception {
        long t0 = System.nanoTime();
        long a = nextArticle++;
        OffsetDateTime at = START.plusMinutes((long) (rnd.nextDouble() * stored * (3.0 * 365 * 24 * 60 / 1_000_000.0)));
        PreparedStatement art = db.prepareStatement("insert into article (id, version, outlet, body, analysed_at, published_at) values (?, 1, 'Bench', '', ?, ?)");
        art.setLong(1, a);
        art.setTimestamp(2, Timestamp.from(at.toInstant()));
        art.setObject(3, at);
        art.executeUpdate();
        for (int i = 1; i <= PER_ARTICLE; i++) {
            Row r = synthetic(a, i, at);
            if (i % 2 == 0) {
                Row old = storedNear(stored);
                if (old != null) {
                    r = new Row(r.id(), a, "Bench", old.at().plusHours(3), old.speaker(), old.quote() + " " + word(), r.cluster());
                }
            }
            StatementView v = r.view();
            Signature sig = aligner.signature(v);
            Set<String> keys = aligner.blockingKeys(v, sig);
            Map<String, Integer> hits = new LinkedHashMap<>();
            try (PreparedStatement q = db.prepareStatement(AlignStore.CANDIDATES_BY_KEY.replace("?1", "?").replace("?2", "?")
                    + " fetch first " + rowsPerKey + " rows only")) {
                for (String k : keys) {
                    q.setString(1, k);
                    q.setLong(2, a);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            hits.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                }
            }
            List<String> ids = AlignStore.rank(hits, maxCandidates);
            long cluster = -1;
            double best = 0;
            if (!ids.isEmpty()) {
                String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
                try (PreparedStatement q = db.prepareStatement("select id, article_id, outlet, published_at, entity_id, "
                        + "speaker_name, quote_text, context_text, signature, cluster_id from statement where id in (" + in + ")")) {
                    for (int j = 0; j < ids.size(); j++) {
                        q.setString(j + 1, ids.get(j));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            StatementView o = new StatementView(rs.getString(1), rs.getLong(2), rs.getString(3),
                                    rs.getObject(4, OffsetDateTime.class), "de", rs.getString(5), rs.getString(6),
                                    "Direct", rs.getString(7), rs.getString(8), null, null);
                            Signature os = json.readValue(rs.getString(9), Signature.class);
                            Link l = aligner.compare(v, sig, o, os);
                            if (l.relation() == Relation.SAME && l.score() > best) {
                                best = l.score();
                                cluster = rs.getLong(10);
                            }
                        }
                    }
                }
            }
            if (cluster < 0) {
                cluster = nextCluster++;
            } else {
                sameFound++;
            }
            try (PreparedStatement st = db.prepareStatement("insert into statement (id, article_id, article_version, "
                    + "local_id, seq, form, quote_text, quote_key, quote_start, quote_end, speaker_name, entity_id, outlet, "
                    + "published_at, language, cluster_id, context_text, signature, body) values "
                    + "(?, ?, 1, ?, ?, 'Direct', ?, ?, 0, 10, ?, ?, 'Bench', ?, 'de', ?, ?, ?, '{}')");
                 PreparedStatement key = db.prepareStatement("insert into blocking_key (key_value, statement_id, article_id) values (?, ?, ?)")) {
                st.setString(1, r.id());
                st.setLong(2, a);
                st.setString(3, "s-" + i);
                st.setInt(4, i);
                st.setString(5, r.quote());
                st.setString(6, r.quote().length() > 150 ? r.quote().substring(0, 150) : r.quote());
                st.setString(7, v.speakerName());
                st.setString(8, v.speakerEntityId());
                st.setObject(9, r.at());
                st.setLong(10, cluster);
                st.setString(11, r.quote());
                st.setString(12, json.writeValueAsString(sig));
                st.executeUpdate();
                for (String k : keys) {
                    key.setString(1, k);
                    key.setString(2, r.id());
                    key.setLong(3, a);
                    key.addBatch();
                }
                key.executeBatch();
            }
            compared += ids.size();
        }
        db.commit();
        return (System.nanoTime() - t0) / 1e6;
    }

    long sameFound;
    long compared;

    Row storedNear(long stored) throws Exception {
        long article = 1 + (long) (rnd.nextDouble() * Math.max(1, stored / PER_ARTICLE - 1));
        try (PreparedStatement q = db.prepareStatement("select id, article_id, published_at, entity_id, quote_text "
                + "from statement where article_id = ? fetch first 1 rows only")) {
            q.setLong(1, article);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return new Row(rs.getString(1), rs.getLong(2), "x", rs.getObject(3, OffsetDateTime.class),
                            Integer.parseInt(rs.getString(4).substring(2)), rs.getString(5), 0);
                }
            }
        }
        return null;
    }

    static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
    }

    void measure(long stored, int articles) throws Exception {
        for (int i = 0; i < 20; i++) {
            alignOneArticle(stored);    // warm-up
        }
        sameFound = 0;
        compared = 0;
        double[] ms = new double[articles];
        for (int i = 0; i < articles; i++) {
            ms[i] = alignOneArticle(stored);
        }
        Arrays.sort(ms);
        System.out.printf("stored=%,d  align one article (%d statements): p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms"
                        + "  candidates/statement=%.0f  joined-existing=%d/%d  heap-after-gc=%.0f MB%n", stored,
                PER_ARTICLE, ms[articles / 2], ms[(int) (articles * 0.95)], ms[(int) (articles * 0.99)],
                ms[articles - 1], compared / (double) (articles * PER_ARTICLE), sameFound, articles * PER_ARTICLE,
                heapAfterGcMb());
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1] : "jdbc:h2:file:" + Path.of("analysis-service/target/bench").toAbsolutePath()
                + "/align;DB_CLOSE_ON_EXIT=FALSE";
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "";
        if (url.startsWith("jdbc:h2:file:")) {
            Path dir = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).getParent();
            Files.createDirectories(dir);
        }
        Flyway flyway = Flyway.configure().dataSource(url, user, password).cleanDisabled(false)
                .locations("classpath:db/migration").load();
        flyway.clean();
        flyway.migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            AlignScaleBench b = new AlignScaleBench(db);
            System.out.printf("AlignScaleBench: %,d statements into %s; heap max %d MB%n", n, url.split(";")[0],
                    Runtime.getRuntime().maxMemory() / 1024 / 1024);
            long[] steps = {n / 10, n / 4, n / 2, n};
            long stored = 0;
            for (long step : steps) {
                if (step <= stored) {
                    continue;
                }
                long t = System.nanoTime();
                b.fill(step, stored);
                stored = step;
                System.out.printf("filled to %,d in %.0f s%n", stored, (System.nanoTime() - t) / 1e9);
                b.measure(stored, 200);
            }
        }
    }
}
