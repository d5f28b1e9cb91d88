package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.whosaid.web.system.SystemUnderTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of each service against one PostgreSQL (opt-in, needs the PostgreSQL build of the jars and a running
 * PostgreSQL; command in docs/operations.md): ingest A and B share the ingest database, analysis A and B the analysis
 * database; A's dispatcher posts to analysis A, B's to analysis B. Articles are posted to both ingest replicas at once.
 * Afterwards every article is analysed exactly once: its statements are what the stateless analyzer finds, the
 * analysis database holds no statement twice, no hand-off failed. Writes deploy/system-tests/target/replica-report.md.
 *
 * <pre>./mvnw -B -pl deploy/system-tests test -Dtest=ReplicaTest -Dwhosaid.replicas=true -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dwhosaid.it.ingest-jar=…/pg/ingest-service/quarkus-run.jar -Dwhosaid.it.analysis-jar=…/pg/analysis-service/quarkus-run.jar \
 *   -Dwhosaid.replicas.ingest-db=jdbc:postgresql://127.0.0.1:55432/whosaid_ingest \
 *   -Dwhosaid.replicas.analysis-db=jdbc:postgresql://127.0.0.1:55432/whosaid_analysis [-Dwhosaid.replicas.articles=600]</pre>
 */
@EnabledIfSystemProperty(named = "whosaid.replicas", matches = "true")
class ReplicaTest {

    final List<SystemUnderTest> systems = new ArrayList<>();

    @AfterEach
    void tearDown() {
        systems.forEach(SystemUnderTest::close);
    }

    @Test
    void twoReplicasOfEachServiceOnOnePostgresAnalyseEveryArticleOnce() throws Exception {
        ReliabilitySupport.assumeJars();
        int count = Integer.getInteger("whosaid.replicas.articles", 600);
        Map<String, String> env = new HashMap<>(ReliabilitySupport.ENV);
        env.put("WHOSAID_INGEST_DB_URL", System.getProperty("whosaid.replicas.ingest-db"));
        env.put("WHOSAID_ANALYSIS_DB_URL", System.getProperty("whosaid.replicas.analysis-db"));
        env.put("WHOSAID_DB_USER", System.getProperty("whosaid.replicas.db-user", "whosaid"));
        env.put("WHOSAID_DB_PASSWORD", System.getProperty("whosaid.replicas.db-password", "whosaid-test"));
        SystemUnderTest a = SystemUnderTest.create("replica-a", env);
        systems.add(a);
        a.startAnalysis();
        a.startIngest();
        SystemUnderTest b = SystemUnderTest.create("replica-b", env);
        systems.add(b);
        b.startAnalysis();
        b.startIngest();
        String[] ingests = {a.ingestUrl(), b.ingestUrl()};

        List<ObjectNode> articles = Api.articles("replica-" + System.nanoTime(), count);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < articles.size()) {
                    try {
                        Api.Response r = Api.postJson(ingests[i % 2] + "/api/articles", articles.get(i));
                        if (r.status() == 201) ids.add(r.body().path("id").asLong());
                        else errors.add(r.status() + " " + r.raw());
                    } catch (Exception e) {
                        errors.add(e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.MINUTES));
        double ingestSeconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(errors.isEmpty(), errors.size() + " posts failed, e.g. " + errors.peek());
        JsonNode drained = Api.awaitOutboxEmpty(a.ingestUrl(), ReliabilitySupport.DRAIN);
        double drainSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, drained.path("pending").asInt(), "outbox drained: " + drained);
        assertEquals(0, drained.path("failed").asInt(), "no hand-off failed: " + drained);

        Set<Long> distinct = new LinkedHashSet<>(ids);
        assertEquals(count, distinct.size(), "every article stored once");
        long expected = 0;
        List<String> problems = new ArrayList<>();
        for (long id : distinct) {
            JsonNode art = Api.get(ingests[(int) (id % 2)] + "/api/articles/" + id).body();
            if (!"done".equals(art.path("analysisStatus").asText())) {
                problems.add(id + ": " + art.path("analysisStatus").asText());
                continue;
            }
            String analysis = id % 2 == 0 ? a.analysisUrl() : b.analysisUrl(); // either replica sees the shared database
            int have = ReliabilitySupport.statementCount(Api.get(analysis + "/api/articles/" + id + "/statements").body());
            int fresh = ReliabilitySupport.statementCount(Api.postJson(analysis + "/api/analyze",
                    Map.of("text", art.path("text").asText(), "language", "de")).body());
            if (have != fresh) problems.add(id + ": " + have + " statements stored, analyzer finds " + fresh);
            expected += fresh;
        }
        assertTrue(problems.isEmpty(), problems.size() + " articles not analysed exactly once: " + problems.subList(0, Math.min(5, problems.size())));
        long total = Api.get(a.analysisUrl() + "/api/statements?size=1").body().path("total").asLong();
        assertEquals(expected, total, "no statement stored twice in the shared analysis database");
        int deliveredA = countLines(a.logOf(SystemUnderTest.ANALYSIS), "POST /api/articles -> 201");
        int deliveredB = countLines(b.logOf(SystemUnderTest.ANALYSIS), "POST /api/articles -> 201");
        String report = String.format(java.util.Locale.ROOT,
                "Replicas: 2 ingest + 2 analysis on one PostgreSQL, %d articles posted to both ingest replicas (4 clients): "
                        + "%.0f s to post, %.0f s until the shared outbox was empty; analysed by replica A %d, by B %d "
                        + "(sum %d = articles: none twice); %d statements, 0 errors. Load average after: %s.%n",
                count, ingestSeconds, drainSeconds, deliveredA, deliveredB, deliveredA + deliveredB, total, LoadTest.loadAverage());
        Files.writeString(Path.of("target", "replica-report.md"), report);
        System.out.println(report);
        assertEquals(count, deliveredA + deliveredB, "each article was posted to an analysis replica exactly once with 201");
    }

    static int countLines(Path log, String text) throws java.io.IOException {
        return (int) Files.readAllLines(log).stream().filter(l -> l.contains(text)).count();
    }
}
