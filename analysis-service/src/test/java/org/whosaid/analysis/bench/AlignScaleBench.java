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
import org.whosaid.analysis.service.Texts;
import org.whosaid.analysis.service.Views;
import org.whosaid.analysis.store.AlignIndex;
import org.whosaid.analysis.store.AlignStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Alignment at scale: fills the analysis schema (Flyway migrations) with N synthetic statements, their signatures
 * and blocking keys (not their search terms, to keep the fill fast), then measures the time to align one new article in-process (10 statements) on the
 * service's code path: {@code Aligner.signature} and {@code blockingKeys}, {@link AlignIndex#hits} (one query per
 * statement) and {@link AlignStore#rank}, {@link AlignIndex#load} (one query), {@link Views#signature} (compact
 * codec), {@code Aligner.compare}, then the writes {@code AlignmentService} makes (new cluster row, statement row,
 * {@link AlignIndex#insertKeys}, {@link AlignIndex#insertTerms}, SAME links) and the commit. Reports wall time and the
 * thread's CPU time per article (H2 embedded runs the SQL in the caller's thread, so CPU time is robust against other
 * load on the machine) and the heap after GC as the corpus grows. Synthetic: invented words (Zipf-distributed), 20,000
 * speakers, 3 years of dates. Not included: what ArticleWriter does after alignment (cluster recompute, stories, names).
 *
 * <pre>
 * ./mvnw -q -o -pl analysis-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp analysis-service/target/test-classes:analysis-service/target/classes:$(cat analysis-service/target/cp.txt) \
 *     org.whosaid.analysis.bench.AlignScaleBench 1000000 [jdbc-url [user [password]]]
 * </pre>
 * Default URL: an H2 file under analysis-service/target/bench/; filled with a large page cache and indexes dropped,
 * measured with the service's H2 settings (WRITE_DELAY=0, default cache). -DrowsPerKey=100 (the service default),
 * -DfewerSteps=true measures at N/10, N/2, N. Results: docs/alignment-scale.md.
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
    final Views views = new Views(json, aligner);
    final Connection db;
    /** The service defaults: whosaid.analysis.max-rows-per-key, max-candidates. */
    final int rowsPerKey;
    final int maxCandidates = 100;
    long nextArticle = 1;
    long nextCluster = 1;

    AlignScaleBench(Connection db, int rowsPerKey) {
        this.db = db;
        this.rowsPerKey = rowsPerKey;
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

    static final String INSERT_STATEMENT = "insert into statement (id, article_id, article_version, local_id, seq, form, "
            + "quote_text, quote_key, quote_start, quote_end, speaker_name, entity_id, outlet, published_at, language, "
            + "cluster_id, context_text, signature, body) values (?, ?, 1, ?, ?, 'Direct', ?, ?, 0, 10, ?, ?, ?, ?, 'de', "
            + "?, ?, ?, '{}')";

    void bindStatement(PreparedStatement st, Row r, int seq, long cluster, Signature sig) throws Exception {
        StatementView v = r.view();
        st.setString(1, r.id());
        st.setLong(2, r.article());
        st.setString(3, "s-" + seq);
        st.setInt(4, seq);
        st.setString(5, r.quote());
        st.setString(6, r.quote().length() > 150 ? r.quote().substring(0, 150) : r.quote());
        st.setString(7, v.speakerName());
        st.setString(8, v.speakerEntityId());
        st.setString(9, r.outlet());
        st.setObject(10, r.at());
        st.setLong(11, cluster);
        st.setString(12, r.quote());
        st.setString(13, views.write(sig));
    }

    /** Secondary indexes dropped while filling and built again before measuring (bulk builds are much faster). */
    static final String[][] FILL_INDEXES = {
            {"ix_statement_cluster", "statement (cluster_id)"},
            {"ix_statement_entity", "statement (entity_id)"},
            {"ix_statement_outlet", "statement (outlet)"},
            {"ix_statement_published", "statement (published_at)"},
            {"ix_statement_speaker_key", "statement (speaker_key)"},
            {"ix_bkey_statement", "blocking_key (statement_id)"},
            {"ix_bkey_recent", "blocking_key (key_value, published_at desc, article_id, statement_id)"}};

    void indexes(boolean create) throws Exception {
        try (var st = db.createStatement()) {
            for (String[] ix : FILL_INDEXES) {
                st.execute(create ? "create index " + ix[0] + " on " + ix[1] : "drop index " + ix[0]);
            }
        }
        db.commit();
    }

    /** Fills to {@code target} statements with batched JDBC: rows and blocking keys as the service stores them. */
    void fill(long target, long already) throws Exception {
        db.setAutoCommit(false);
        indexes(false);
        PreparedStatement art = db.prepareStatement("insert into article (id, version, outlet, body, analysed_at, "
                + "published_at) values (?, 1, ?, '', ?, ?)");
        PreparedStatement st = db.prepareStatement(INSERT_STATEMENT);
        PreparedStatement key = db.prepareStatement(
                "insert into blocking_key (key_value, statement_id, article_id, published_at) values (?, ?, ?, ?)");
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
                bindStatement(st, r, i, r.cluster(), sig);
                st.addBatch();
                for (String k : aligner.blockingKeys(v, sig)) {
                    key.setString(1, k);
                    key.setString(2, r.id());
                    key.setLong(3, a);
                    key.setObject(4, at);
                    key.addBatch();
                }
            }
            if (a % 200 == 0) {
                art.executeBatch();
                st.executeBatch();
                key.executeBatch();
                db.commit();
            }
            if (done % 50_000 == 0) {
                System.out.printf("  filled %,d statements (%.0f s)%n", done, (System.nanoTime() - t0) / 1e9);
            }
        }
        art.executeBatch();
        st.executeBatch();
        key.executeBatch();
        db.commit();
        long t = System.nanoTime();
        indexes(true);
        System.out.printf("  indexes built again in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    /** Phase totals over the measured articles, nanoseconds of thread CPU time. */
    final long[] phase = new long[6];
    static final String[] PHASES = {"signature+keys", "candidate ids", "load candidates", "decode+compare", "writes",
            "commit"};
    long sameFound;
    long compared;
    long keyRows;

    /** Timings of one article: wall and thread CPU, milliseconds; server = the PostgreSQL backend's CPU (or 0). */
    record Timing(double wallMs, double cpuMs, double serverMs) {
    }

    /** The local PostgreSQL backend process of this connection, for its CPU time (/proc); 0 when not available. */
    long backendPid;

    /** CPU time of the PostgreSQL backend in ms (utime + stime from /proc, 10 ms resolution), or 0. */
    double backendCpuMs() {
        if (backendPid == 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + backendPid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0; // fields 14, 15; USER_HZ = 100
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * Aligns one new article as AlignmentService does. Half its statements paraphrase stored ones (same speaker,
     * three hours later, one extra word); picking them is not timed.
     */
    Timing alignOneArticle(long stored) throws Exception {
        long a = nextArticle++;
        OffsetDateTime at = START.plusMinutes((long) (rnd.nextDouble() * stored * (3.0 * 365 * 24 * 60 / 1_000_000.0)));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= PER_ARTICLE; i++) {
            Row r = synthetic(a, i, at);
            if (i % 2 == 0) {
                Row old = storedNear(stored);
                if (old != null) {
                    r = new Row(r.id(), a, "Bench", old.at().plusHours(3), old.speaker(), old.quote() + " " + word(), r.cluster());
                }
            }
            rows.add(r);
        }
        db.commit();

        long cpu0 = THREADS.getCurrentThreadCpuTime();
        double server0 = backendCpuMs();
        long t0 = System.nanoTime();
        try (PreparedStatement art = db.prepareStatement("insert into article (id, version, outlet, body, analysed_at, "
                + "published_at) values (?, 1, 'Bench', '', ?, ?)")) {
            art.setLong(1, a);
            art.setTimestamp(2, Timestamp.from(at.toInstant()));
            art.setObject(3, at);
            art.executeUpdate();
        }
        int seq = 0;
        for (Row r : rows) {
            seq++;
            long p0 = THREADS.getCurrentThreadCpuTime();
            StatementView v = r.view();
            Signature sig = aligner.signature(v);
            List<String> keys = new ArrayList<>(aligner.blockingKeys(v, sig));
            OffsetDateTime keyTime = r.at(); // AlignmentService.keyTime: the publication time when known
            long p1 = THREADS.getCurrentThreadCpuTime();
            AlignIndex.Hits hits = AlignIndex.hits(db, keys, keyTime, a, rowsPerKey);
            keyRows += hits.rows();
            List<String> ids = AlignStore.rank(hits, maxCandidates);
            long p2 = THREADS.getCurrentThreadCpuTime();
            List<AlignIndex.Candidate> candidates = AlignIndex.load(db, ids);
            long p3 = THREADS.getCurrentThreadCpuTime();
            long cluster = -1;
            double best = 0;
            List<String[]> sameLinks = new ArrayList<>();
            for (AlignIndex.Candidate c : candidates) {
                if (c.clusterId() == null) {
                    continue;
                }
                StatementView o = c.view();
                Link l = aligner.compare(v, sig, o, views.signature(c.signature(), o));
                if (l.relation() == Relation.SAME) {
                    sameLinks.add(new String[] {c.id(), String.valueOf(l.score()), String.join("\n", l.evidence())});
                    if (l.score() > best) {
                        best = l.score();
                        cluster = c.clusterId();
                    }
                }
            }
            long p4 = THREADS.getCurrentThreadCpuTime();
            if (cluster < 0) {
                try (PreparedStatement c = db.prepareStatement("insert into cluster (id, updated_at) values (?, ?)")) {
                    cluster = nextCluster++ + 100_000_000L;
                    c.setLong(1, cluster);
                    c.setObject(2, OffsetDateTime.now());
                    c.executeUpdate();
                }
            } else {
                sameFound++;
            }
            try (PreparedStatement st = db.prepareStatement(INSERT_STATEMENT)) {
                bindStatement(st, r, seq, cluster, sig);
                st.executeUpdate();
            }
            AlignIndex.insertKeys(db, r.id(), a, keyTime, keys);
            AlignIndex.insertTerms(db, r.id(), a, r.at(), Texts.terms(r.quote(), v.speakerName()));
            try (PreparedStatement l = db.prepareStatement("insert into statement_link (statement_id, other_id, relation, "
                    + "score, evidence, created_at) values (?, ?, 'SAME', ?, ?, ?)")) {
                for (String[] s : sameLinks.subList(0, Math.min(5, sameLinks.size()))) {
                    l.setString(1, r.id());
                    l.setString(2, s[0]);
                    l.setDouble(3, Double.parseDouble(s[1]));
                    l.setString(4, s[2]);
                    l.setObject(5, OffsetDateTime.now());
                    l.addBatch();
                }
                l.executeBatch();
            }
            long p5 = THREADS.getCurrentThreadCpuTime();
            phase[0] += p1 - p0;
            phase[1] += p2 - p1;
            phase[2] += p3 - p2;
            phase[3] += p4 - p3;
            phase[4] += p5 - p4;
            compared += ids.size();
        }
        long c0 = THREADS.getCurrentThreadCpuTime();
        db.commit();
        phase[5] += THREADS.getCurrentThreadCpuTime() - c0;
        return new Timing((System.nanoTime() - t0) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6,
                backendCpuMs() - server0);
    }

    static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
        keyRows = 0;
        Arrays.fill(phase, 0);
        double[] ms = new double[articles];
        double[] cpu = new double[articles];
        double server = 0;
        for (int i = 0; i < articles; i++) {
            Timing t = alignOneArticle(stored);
            ms[i] = t.wallMs();
            cpu[i] = t.cpuMs();
            server += t.serverMs();
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        StringBuilder phases = new StringBuilder();
        for (int i = 0; i < PHASES.length; i++) {
            phases.append(i == 0 ? "" : ", ").append(PHASES[i]).append(String.format(" %.1f", phase[i] / 1e6 / articles));
        }
        System.out.printf("stored=%,d  align one article (%d statements): wall p50=%.1f p95=%.1f p99=%.1f max=%.1f ms;"
                        + " thread CPU p50=%.1f p95=%.1f p99=%.1f ms  key rows/statement=%.0f candidates/statement=%.0f"
                        + "  joined-existing=%d/%d  heap-after-gc=%.0f MB  load=%s%n  mean thread CPU ms per article: %s%n",
                stored, PER_ARTICLE, ms[articles / 2], ms[(int) (articles * 0.95)], ms[(int) (articles * 0.99)],
                ms[articles - 1], cpu[articles / 2], cpu[(int) (articles * 0.95)], cpu[(int) (articles * 0.99)],
                keyRows / (double) (articles * PER_ARTICLE), compared / (double) (articles * PER_ARTICLE), sameFound,
                articles * PER_ARTICLE, heapAfterGcMb(), loadAverage(), phases);
        if (backendPid != 0) {
            System.out.printf("  PostgreSQL backend CPU: mean %.1f ms per article%n", server / articles);
        }
    }

    void h2Settings(boolean h2, int writeDelayMs, long cacheKb) throws Exception {
        if (h2) {
            try (var st = db.createStatement()) {
                st.execute("set write_delay " + writeDelayMs);
                st.execute("set cache_size " + cacheKb);
            }
            db.commit();
        }
    }

    long h2Setting(String name) throws Exception {
        try (PreparedStatement q = db.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1] : "jdbc:h2:file:" + Path.of("analysis-service/target/bench").toAbsolutePath()
                + "/align;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;LOCK_TIMEOUT=20000";
        int rowsPerKey = Integer.parseInt(System.getProperty("rowsPerKey", "100"));
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
        boolean h2 = url.startsWith("jdbc:h2:");
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            AlignScaleBench b = new AlignScaleBench(db, rowsPerKey);
            long defaultCacheKb = h2 ? b.h2Setting("CACHE_SIZE") : 0;
            if (url.startsWith("jdbc:postgresql://127.0.0.1") || url.startsWith("jdbc:postgresql://localhost")) {
                try (ResultSet rs = db.createStatement().executeQuery("select pg_backend_pid()")) {
                    b.backendPid = rs.next() ? rs.getLong(1) : 0;
                }
            }
            System.out.printf("AlignScaleBench: %,d statements into %s; heap max %d MB; rows per key %d; %s%n", n,
                    url.split(";")[0], Runtime.getRuntime().maxMemory() / 1024 / 1024, rowsPerKey, java.time.Instant.now());
            long[] steps = Boolean.getBoolean("fewerSteps") ? new long[] {n / 10, n / 2, n} : new long[] {n / 10, n / 4, n / 2, n};
            long stored = 0;
            for (long step : steps) {
                if (step <= stored) {
                    continue;
                }
                long t = System.nanoTime();
                b.h2Settings(h2, 500, 262_144);              // filling: H2's default write delay, a 256 MB page cache
                b.fill(step, stored);
                b.h2Settings(h2, 0, defaultCacheKb);         // measuring: the service's settings (WRITE_DELAY=0, default cache)
                stored = step;
                System.out.printf("filled to %,d in %.0f s%n", stored, (System.nanoTime() - t) / 1e9);
                b.measure(stored, 200);
            }
        }
    }
}
