package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest-service is killed with SIGKILL while four clients are posting articles. After a restart on the
 * same data directory, every article that was answered 2xx is there (same id, same text) and reaches analysis.
 */
class IngestCrashTest extends ServiceFixture {

    static final int CLIENTS = 4;
    static final int PLANNED = 400;
    static final int KILL_AFTER_ACKS = 80;

    @Override
    String name() {
        return "crash";
    }

    @Test
    void everyAcknowledgedArticleSurvivesASigkillAndReachesAnalysis() throws Exception {
        sut.startAnalysis();
        sut.startIngest();
        String ingest = sut.ingestUrl();
        String analysis = sut.analysisUrl();

        String run = "crash-" + System.nanoTime();
        List<ObjectNode> articles = Api.articles(run, PLANNED);
        Map<Long, ObjectNode> acked = new ConcurrentHashMap<>();
        AtomicInteger ackCount = new AtomicInteger();
        AtomicInteger failedRequests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            pool.submit(() -> {
                for (int i = client; i < PLANNED; i += CLIENTS) {
                    try {
                        Api.Response r = Api.postJson(ingest + "/api/articles", articles.get(i));
                        if (r.status() == 200 || r.status() == 201) {
                            acked.put(r.body().path("id").asLong(), articles.get(i));
                            ackCount.incrementAndGet();
                        } else {
                            failedRequests.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failedRequests.incrementAndGet();
                        return; // the server is gone: this client stops
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (ackCount.get() < KILL_AFTER_ACKS && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        sut.killIngest();
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
        assertTrue(acked.size() >= KILL_AFTER_ACKS, "enough articles were acknowledged before the kill: " + acked.size());
        assertTrue(acked.size() < PLANNED, "the kill happened in the middle of the run");

        sut.startIngest(); // same port, same data directory

        List<String> lost = new ArrayList<>();
        for (Map.Entry<Long, ObjectNode> e : acked.entrySet()) {
            Api.Response r = Api.get(ingest + "/api/articles/" + e.getKey());
            if (r.status() != 200 || !e.getValue().get("url").asText().equals(r.body().path("url").asText())) {
                lost.add(e.getKey() + " (" + r.status() + ")");
            }
        }
        assertTrue(lost.isEmpty(), lost.size() + " of " + acked.size() + " acknowledged articles lost after SIGKILL: "
                + lost.subList(0, Math.min(10, lost.size())));

        JsonNode drained = Api.awaitOutboxEmpty(ingest, ReliabilitySupport.DRAIN);
        assertNotNull(drained);
        assertEquals(0, drained.path("pending").asInt(), "outbox drained after the restart: " + drained);
        List<String> notAnalysed = new ArrayList<>();
        for (long id : acked.keySet()) {
            JsonNode a = Api.get(ingest + "/api/articles/" + id).body();
            Api.Response inAnalysis = Api.get(analysis + "/api/articles/" + id);
            if (!"done".equals(a.path("analysisStatus").asText()) || inAnalysis.status() != 200) {
                notAnalysed.add(id + " (" + a.path("analysisStatus").asText() + ", analysis " + inAnalysis.status() + ")");
            }
        }
        assertTrue(notAnalysed.isEmpty(), notAnalysed.size() + " acknowledged articles did not reach analysis: "
                + notAnalysed.subList(0, Math.min(10, notAnalysed.size())));
    }
}
