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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.whosaid.analysis.engine.align.AlignConfig;
import org.whosaid.analysis.engine.align.Aligner;
import org.whosaid.analysis.engine.align.Grouping;
import org.whosaid.analysis.engine.align.Lexicon;
import org.whosaid.analysis.engine.align.Link;
import org.whosaid.analysis.engine.align.Relation;
import org.whosaid.analysis.engine.align.Signature;
import org.whosaid.analysis.engine.align.StatementView;
import org.whosaid.analysis.service.Texts;
import org.whosaid.analysis.service.Views;
import org.whosaid.analysis.store.AlignIndex;
import org.whosaid.analysis.store.AlignStore;
import org.whosaid.analysis.store.EvidenceRows;
import org.whosaid.analysis.store.RelatedLinks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Alignment at scale: fills the analysis schema (Flyway migrations) with N synthetic statements, their signatures
 * and blocking keys (not their search terms, to keep the fill fast; one statement in ten renders a recent one and
 * that pair is stored in statement_edge, see {@link #recent}), then measures the time to align one new article
 * in-process (10 statements) on the service's path (AlignmentService.align): {@code Aligner.signature},
 * {@code blockingKeys} and {@code queryKeys}, {@link AlignIndex#hits} and {@link AlignStore#rank}, {@link
 * AlignIndex#load}, {@link Views#signature}, {@code Aligner.compare}, the writes (statement row, {@link
 * AlignIndex#insertKeys}, {@link AlignIndex#insertTerms}, {@link AlignIndex#insertEdges}), the regrouping of the
 * connected neighbourhood ({@link AlignIndex#edgesOf}, cluster members, at most 400 statements, {@link
 * Grouping#cluster}, majority ids, cluster_id updates), SAME evidence links, RELATED cluster links and the commit.
 * Reports wall time and the thread's CPU time per article (H2 embedded runs the SQL in the caller's thread, so CPU
 * time is robust against other load on the machine), CPU per phase and the heap after GC as the corpus grows.
 * Synthetic: invented words (Zipf-distributed), 20,000 speakers, 3 years of dates. Not included: what ArticleWriter
 * does after alignment (cluster recompute, stories, names); the regrouping reads three columns per statement by JDBC
 * where the service loads entities through Hibernate.
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

    void bindStatement(PreparedStatement st, Row r, int seq, Long cluster, Signature sig) throws Exception {
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
        if (cluster == null) {
            st.setNull(11, java.sql.Types.BIGINT);
        } else {
            st.setLong(11, cluster);
        }
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

    /** A recently filled statement that a later one may paraphrase: its row, signature and cluster. */
    record Planted(Row row, Signature sig, long cluster) {
    }

    /**
     * The last 1,000 filled statements (about a day at 1,000,000 over three years). Statement 5 of every filled article
     * renders one of them (10 % of the corpus): its pair is stored in statement_edge when its weight reaches 0.2, and
     * it joins that statement's cluster when the weight reaches the SAME threshold, so that the stored corpus has
     * pairs and clusters of several members for the regrouping to walk. The other pairs a real corpus would store
     * (weaker renderings, same speaker and topic) are not computed: that would be the whole alignment again.
     */
    final Planted[] recent = new Planted[1000];
    static final int PLANTED_SEQ = 5;
    long fillEdges;

    /** Fills to {@code target} statements with batched JDBC: rows and blocking keys as the service stores them. */
    void fill(long target, long already) throws Exception {
        db.setAutoCommit(false);
        indexes(false);
        PreparedStatement art = db.prepareStatement("insert into article (id, version, outlet, body, analysed_at, "
                + "published_at) values (?, 1, ?, '', ?, ?)");
        PreparedStatement st = db.prepareStatement(INSERT_STATEMENT);
        PreparedStatement key = db.prepareStatement(
                "insert into blocking_key (key_value, statement_id, article_id, published_at) values (?, ?, ?, ?)");
        PreparedStatement edge = db.prepareStatement(
                "insert into statement_edge (statement_id, other_id, weight) values (?, ?, ?)");
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
                long cluster = r.cluster();
                Planted old = i == PLANTED_SEQ ? recent[rnd.nextInt(recent.length)] : null;
                if (old != null) {
                    // a rendering of an earlier statement (same speaker, one extra word): its pair stored as the service would
                    r = new Row(r.id(), a, r.outlet(), at, old.row().speaker(), old.row().quote() + " " + word(), r.cluster());
                    v = r.view();
                    sig = aligner.signature(v);
                    Link l = aligner.compare(v, sig, old.row().view(), old.sig());
                    if (l.weight() >= EDGE_MIN) {
                        edge.setString(1, r.id());
                        edge.setString(2, old.row().id());
                        edge.setDouble(3, l.weight());
                        edge.addBatch();
                        fillEdges++;
                    }
                    if (l.weight() >= aligner.config().sameThreshold()) {
                        cluster = old.cluster();
                    }
                }
                recent[(int) (done % recent.length)] = new Planted(r, sig, cluster);
                bindStatement(st, r, i, cluster, sig);
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
                edge.executeBatch();
                db.commit();
            }
            if (done % 50_000 == 0) {
                System.out.printf("  filled %,d statements (%.0f s)%n", done, (System.nanoTime() - t0) / 1e9);
            }
        }
        art.executeBatch();
        st.executeBatch();
        key.executeBatch();
        edge.executeBatch();
        db.commit();
        System.out.printf("  planted paraphrase pairs stored as edges so far: %,d%n", fillEdges);
        long t = System.nanoTime();
        indexes(true);
        System.out.printf("  indexes built again in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    /** Phase totals over the measured articles, nanoseconds of thread CPU time. */
    final long[] phase = new long[8];
    static final String[] PHASES = {"signature+keys", "candidate ids", "load candidates", "decode+compare", "writes",
            "regroup", "links", "commit"};
    /** New statements whose cluster after the regrouping is one that existed before the article. */
    long joined;
    long joinedPlanted;
    /** Stored statements the regrouping moved to another cluster. */
    long moved;
    long compared;
    long keyRows;
    long edgesStored;
    long relatedLinks;
    /** Statements in the regrouped neighbourhoods, pairs among them, neighbourhoods that reached max-regroup. */
    long regrouped;
    long pairsAmong;
    long capped;

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

    /** A compared candidate (StatementScorer.Scored). */
    record Scored(String otherId, Link link) {
    }

    /** What the regrouping knows of a statement of the neighbourhood (the service loads the whole entity). */
    static final class Member {
        final String id;
        final long articleId;
        Long clusterId;

        Member(String id, long articleId, Long clusterId) {
            this.id = id;
            this.articleId = articleId;
            this.clusterId = clusterId;
        }
    }

    static final String MEMBER_COLUMNS = "select id, article_id, cluster_id from statement where ";

    static void readMembers(PreparedStatement q, List<Member> out) throws Exception {
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                long c = rs.getLong(3);
                out.add(new Member(rs.getString(1), rs.getLong(2), rs.wasNull() ? null : c));
            }
        }
    }

    List<Member> clusterMembers(long cluster) throws Exception {
        List<Member> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(MEMBER_COLUMNS + "cluster_id = ? order by id")) {
            q.setLong(1, cluster);
            readMembers(q, out);
        }
        return out;
    }

    List<Member> membersById(List<String> ids) throws Exception {
        List<Member> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder(MEMBER_COLUMNS + "id in (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement q = db.prepareStatement(sql.append(')').toString())) {
            for (int i = 0; i < ids.size(); i++) {
                q.setString(i + 1, ids.get(i));
            }
            readMembers(q, out);
        }
        return out;
    }

    /**
     * Aligns one new article as AlignmentService.align does: per statement signature, stored and query keys,
     * candidates ({@link AlignIndex#hits}, {@link AlignStore#rank}), {@link AlignIndex#load}, compare, the writes
     * (statement row without cluster, keys, terms, {@link AlignIndex#insertEdges} for pairs of weight ≥ 0.2, at most
     * 50); then the regrouping of the neighbourhood (breadth first over stored pairs and shared clusters, at most 400
     * statements, {@link Grouping#cluster}, ids by majority, new cluster rows, cluster_id of moved statements), the
     * SAME evidence links and RELATED cluster links, commit. Half its statements paraphrase stored ones (same
     * speaker, three hours later, one extra word); picking them is not timed.
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
        Map<String, Map<String, Link>> same = new HashMap<>();
        Map<String, List<Scored>> related = new LinkedHashMap<>();
        int seq = 0;
        for (Row r : rows) {
            seq++;
            long p0 = THREADS.getCurrentThreadCpuTime();
            StatementView v = r.view();
            Signature sig = aligner.signature(v);
            List<String> keys = new ArrayList<>(aligner.blockingKeys(v, sig));
            List<String> query = new ArrayList<>(aligner.queryKeys(v, sig));
            OffsetDateTime keyTime = r.at(); // StatementScorer.keyTime: the publication time when known
            long p1 = THREADS.getCurrentThreadCpuTime();
            AlignIndex.Hits hits = AlignIndex.hits(db, query, keyTime, a, rowsPerKey);
            keyRows += hits.rows();
            List<String> ids = AlignStore.rank(hits, Math.min(maxCandidates, aligner.config().maxCandidates()));
            long p2 = THREADS.getCurrentThreadCpuTime();
            List<AlignIndex.Candidate> candidates = AlignIndex.load(db, ids);
            long p3 = THREADS.getCurrentThreadCpuTime();
            List<Scored> scored = new ArrayList<>();
            for (AlignIndex.Candidate c : candidates) {
                StatementView o = c.view();
                Link l = aligner.compare(v, sig, o, views.signature(c.signature(), o));
                if (l.weight() > 0 || l.relation() != Relation.NONE) {
                    scored.add(new Scored(c.id(), l));
                }
            }
            scored.sort(Comparator.comparingDouble((Scored x) -> -x.link().weight()).thenComparing(Scored::otherId));
            Map<String, Double> edges = new LinkedHashMap<>();
            Map<String, Link> pairs = new LinkedHashMap<>();
            List<Scored> rel = new ArrayList<>();
            for (Scored x : scored) {
                if (x.link().weight() >= EDGE_MIN && edges.size() < MAX_EDGES_PER_STATEMENT) {
                    edges.put(x.otherId(), x.link().weight());
                    pairs.put(x.otherId(), x.link());
                } else if (x.link().relation() == Relation.RELATED) {
                    rel.add(x);
                }
            }
            rel.sort(Comparator.comparingDouble((Scored x) -> -x.link().score()).thenComparing(Scored::otherId));
            same.put(r.id(), pairs);
            related.put(r.id(), rel);
            long p4 = THREADS.getCurrentThreadCpuTime();
            try (PreparedStatement st = db.prepareStatement(INSERT_STATEMENT)) {
                bindStatement(st, r, seq, null, sig);   // the cluster comes from the regrouping
                st.executeUpdate();
            }
            AlignIndex.insertKeys(db, r.id(), a, keyTime, keys);
            AlignIndex.insertTerms(db, r.id(), a, r.at(), Texts.terms(r.quote(), v.speakerName()));
            AlignIndex.insertEdges(db, r.id(), edges);
            edgesStored += edges.size();
            long p5 = THREADS.getCurrentThreadCpuTime();
            phase[0] += p1 - p0;
            phase[1] += p2 - p1;
            phase[2] += p3 - p2;
            phase[3] += p4 - p3;
            phase[4] += p5 - p4;
            compared += ids.size();
        }
        long g0 = THREADS.getCurrentThreadCpuTime();
        Map<String, Member> nodes = regroup(a, rows);
        long g1 = THREADS.getCurrentThreadCpuTime();
        // evidence (AlignmentEvidence.store): the clusters of the other statements named read at once; each new
        // statement's best pairs inside its cluster (≤ 5) as one batch, RELATED links to other clusters (≤ 5) once
        OffsetDateTime now = OffsetDateTime.now();
        Map<String, Long> clusterOf = new HashMap<>();
        for (Row r : rows) {
            clusterOf.put(r.id(), nodes.get(r.id()).clusterId);
        }
        Set<String> others = new LinkedHashSet<>();
        for (Row r : rows) {
            others.addAll(same.get(r.id()).keySet());
            for (Scored x : related.get(r.id())) {
                others.add(x.otherId());
            }
        }
        others.removeAll(clusterOf.keySet());
        if (!others.isEmpty()) {
            clusterOf.putAll(EvidenceRows.clustersOf(db, others));
        }
        List<EvidenceRows.Link> links = new ArrayList<>();
        RelatedLinks relatedOnce = new RelatedLinks();
        for (Row r : rows) {
            Long cluster = clusterOf.get(r.id());
            Map<String, Link> pairs = same.get(r.id());
            List<String> ids = new ArrayList<>(pairs.keySet());
            ids.sort(Comparator.comparingDouble((String id) -> -pairs.get(id).weight()).thenComparing(id -> id));
            int n = 0;
            for (String other : ids) {
                if (n < 5 && cluster != null && cluster.equals(clusterOf.get(other))) {
                    Link k = pairs.get(other);
                    links.add(new EvidenceRows.Link(r.id(), other, "SAME", k.score(), String.join("\n", k.evidence())));
                    n++;
                }
            }
            int rn = 0;
            for (Scored x : related.get(r.id())) {
                Long oc = clusterOf.get(x.otherId());
                if (oc != null && cluster != null && !oc.equals(cluster) && rn++ < 5) {
                    relatedOnce.relate(cluster, oc, x.link().score(), "via " + r.id() + " ~ " + x.otherId() + " ("
                            + x.link().relation() + ")\n" + String.join("\n", x.link().evidence()));
                    relatedLinks++;
                }
            }
        }
        EvidenceRows.insertLinks(db, links, now);
        relatedOnce.store(db, now);
        long g2 = THREADS.getCurrentThreadCpuTime();
        db.commit();
        long g3 = THREADS.getCurrentThreadCpuTime();
        phase[5] += g1 - g0;
        phase[6] += g2 - g1;
        phase[7] += g3 - g2;
        return new Timing((System.nanoTime() - t0) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6,
                backendCpuMs() - server0);
    }

    /** StatementScorer.EDGE_MIN and the defaults of whosaid.analysis.max-edges-per-statement and max-regroup. */
    static final double EDGE_MIN = 0.2;
    static final int MAX_EDGES_PER_STATEMENT = 50;
    static final int MAX_REGROUP = 400;

    /**
     * AlignmentService.regroup (Regrouper, Neighbourhood) with JDBC: the connected neighbourhood of the new statements (breadth first over
     * stored pairs and shared clusters, nearest first, at most {@link #MAX_REGROUP}), their pins, {@link
     * Grouping#cluster}, the majority cluster id per group (else a new cluster row) and the cluster_id of every
     * statement that moved. (The service also checks that a majority cluster still exists; the bench's stored
     * clusters have no rows, so it does not.)
     */
    Map<String, Member> regroup(long article, List<Row> rows) throws Exception {
        Map<String, Member> nodes = new LinkedHashMap<>();
        Set<Long> clusterIds = new TreeSet<>();
        List<Grouping.Edge> among = new ArrayList<>();
        Set<String> seenEdges = new HashSet<>();
        Set<String> frontier = new TreeSet<>();
        for (Row r : rows) {
            nodes.put(r.id(), new Member(r.id(), article, null));
            frontier.add(r.id());
        }
        Set<Long> pendingClusters = new TreeSet<>();
        while ((!frontier.isEmpty() || !pendingClusters.isEmpty()) && nodes.size() < MAX_REGROUP) {
            Set<String> next = new TreeSet<>();
            for (Member s : nodes.values()) {
                if (frontier.contains(s.id) && s.clusterId != null && !clusterIds.contains(s.clusterId)) {
                    pendingClusters.add(s.clusterId);
                }
            }
            for (Long c : pendingClusters) {
                if (clusterIds.add(c)) {
                    for (Member s : clusterMembers(c)) {
                        if (!nodes.containsKey(s.id) && nodes.size() < MAX_REGROUP) {
                            nodes.put(s.id, s);
                            next.add(s.id);
                        }
                    }
                }
            }
            pendingClusters.clear();
            Set<String> partners = new TreeSet<>();
            for (Grouping.Edge e : AlignIndex.edgesOf(db, frontier)) {
                if (seenEdges.add(e.a() + "|" + e.b())) {
                    among.add(e);
                }
                for (String x : List.of(e.a(), e.b())) {
                    if (!nodes.containsKey(x)) {
                        partners.add(x);
                    }
                }
            }
            List<String> p = new ArrayList<>(partners);
            for (int from = 0; from < p.size() && nodes.size() < MAX_REGROUP; from += 200) {
                List<Member> found = membersById(p.subList(from, Math.min(p.size(), from + 200)));
                found.sort(Comparator.comparing((Member s) -> s.id));
                for (Member s : found) {
                    if (!nodes.containsKey(s.id) && nodes.size() < MAX_REGROUP) {
                        nodes.put(s.id, s);
                        next.add(s.id);
                    }
                }
            }
            frontier = next;
        }
        for (Grouping.Edge e : AlignIndex.edgesOf(db, frontier)) {
            if (seenEdges.add(e.a() + "|" + e.b())) {
                among.add(e);
            }
        }
        Set<String> inside = nodes.keySet();
        among.removeIf(e -> !inside.contains(e.a()) || !inside.contains(e.b()));
        regrouped += nodes.size();
        pairsAmong += among.size();
        if (nodes.size() >= MAX_REGROUP) {
            capped++;
        }
        // pins of the neighbourhood's articles (the bench stores none; the query is the service's)
        Set<Long> articles = new TreeSet<>();
        for (Member s : nodes.values()) {
            articles.add(s.articleId);
        }
        List<Long> al = new ArrayList<>(articles);
        for (int from = 0; from < al.size(); from += 200) {
            List<Long> chunk = al.subList(from, Math.min(al.size(), from + 200));
            StringBuilder sql = new StringBuilder("select id, article_id, quote_key, pinned_cluster_id, rejected_clusters "
                    + "from statement_pin where article_id in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement q = db.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    q.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        throw new IllegalStateException("the bench stores no pins");
                    }
                }
            }
        }
        List<Grouping.Node> gn = new ArrayList<>();
        for (Member s : nodes.values()) {
            gn.add(new Grouping.Node(s.id, s.articleId, null, s.clusterId, Set.of()));
        }
        Set<Long> used = new HashSet<>();
        Set<Long> created = new HashSet<>();
        List<String[]> moves = new ArrayList<>();
        for (List<String> group : Grouping.cluster(gn, among, aligner.config().sameThreshold())) {
            Long id = majority(group, nodes, used);
            if (id == null) {
                try (PreparedStatement c = db.prepareStatement("insert into cluster (id, updated_at) values (?, ?)")) {
                    id = nextCluster++ + 100_000_000L;
                    c.setLong(1, id);
                    c.setObject(2, OffsetDateTime.now());
                    c.executeUpdate();
                }
                created.add(id);
            }
            used.add(id);
            for (String m : group) {
                Member s = nodes.get(m);
                if (!id.equals(s.clusterId)) {
                    if (s.articleId != article) {
                        moved++;
                    }
                    s.clusterId = id;
                    moves.add(new String[] {m, String.valueOf(id)});
                }
            }
        }
        try (PreparedStatement u = db.prepareStatement("update statement set cluster_id = ? where id = ?")) {
            for (String[] mv : moves) {
                u.setLong(1, Long.parseLong(mv[1]));
                u.setString(2, mv[0]);
                u.addBatch();
            }
            u.executeBatch();
        }
        for (Row r : rows) {
            if (!created.contains(nodes.get(r.id()).clusterId)) {
                joined++;
                if ("Bench".equals(r.outlet())) {
                    joinedPlanted++;    // a planted paraphrase (the others keep the outlet of synthetic())
                }
            }
        }
        return nodes;
    }

    /** Regrouper.majority: the cluster most members were in, not yet given to another group. */
    static Long majority(List<String> group, Map<String, Member> nodes, Set<Long> used) {
        Map<Long, Integer> votes = new TreeMap<>();
        for (String m : group) {
            Long c = nodes.get(m).clusterId;
            if (c != null && !used.contains(c)) {
                votes.merge(c, 1, Integer::sum);
            }
        }
        Long best = null;
        int n = 0;
        for (Map.Entry<Long, Integer> e : votes.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
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
        joined = 0;
        joinedPlanted = 0;
        moved = 0;
        compared = 0;
        keyRows = 0;
        edgesStored = 0;
        relatedLinks = 0;
        regrouped = 0;
        pairsAmong = 0;
        capped = 0;
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
                        + "  joined-existing=%d/%d (planted paraphrases %d)  heap-after-gc=%.0f MB  load=%s%n"
                        + "  edges stored/statement=%.2f  regrouped statements/article=%.1f  pairs among them/article=%.1f"
                        + "  neighbourhoods at max-regroup=%d  stored statements moved=%d  RELATED cluster links=%d%n"
                        + "  mean thread CPU ms per article: %s%n",
                stored, PER_ARTICLE, ms[articles / 2], ms[(int) (articles * 0.95)], ms[(int) (articles * 0.99)],
                ms[articles - 1], cpu[articles / 2], cpu[(int) (articles * 0.95)], cpu[(int) (articles * 0.99)],
                keyRows / (double) (articles * PER_ARTICLE), compared / (double) (articles * PER_ARTICLE), joined,
                articles * PER_ARTICLE, joinedPlanted, heapAfterGcMb(), loadAverage(),
                edgesStored / (double) (articles * PER_ARTICLE), regrouped / (double) articles,
                pairsAmong / (double) articles, capped, moved, relatedLinks, phases);
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
                .locations("classpath:db/migration", "classpath:org/whosaid/analysis/store/migration").load();
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
