package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing lost, nothing twice: 500 articles are ingested while the analysis-service is down; when it comes up,
 * every one is analysed exactly once (its stored statements are what the stateless analyzer finds in its text,
 * and the analysis-service holds no more statements than that in total).
 */
class AnalysisOutageTest extends ServiceFixture {

    static final int ARTICLES = 500;
    static final int BATCH = 100;

    @Override
    String name() {
        return "outage";
    }

    @Test
    void everyArticleIngestedDuringAnOutageIsAnalysedOnceWhenAnalysisReturns() throws Exception {
        sut.startIngest(); // the analysis-service is not started: its port is dead
        String ingest = sut.ingestUrl();
        String analysis = sut.analysisUrl();

        String run = "outage-" + System.nanoTime();
        List<ObjectNode> articles = Api.articles(run, ARTICLES);
        Set<Long> ids = new LinkedHashSet<>();
        for (int from = 0; from < ARTICLES; from += BATCH) {
            StringBuilder jsonl = new StringBuilder();
            for (ObjectNode a : articles.subList(from, Math.min(ARTICLES, from + BATCH))) {
                jsonl.append(Api.JSON.writeValueAsString(a)).append('\n');
            }
            Api.Response r = Api.post(ingest + "/api/articles/batch", "application/x-ndjson", jsonl.toString());
            assertEquals(200, r.status(), "batch accepted while analysis is down: " + r.raw());
            assertEquals(0, r.body().path("refused").size(), "nothing refused: " + r.body().path("refused"));
            for (JsonNode acc : r.body().path("accepted")) {
                assertEquals(201, acc.path("status").asInt(), "a new article: " + acc);
                ids.add(acc.path("id").asLong());
            }
        }
        assertEquals(ARTICLES, ids.size(), "500 distinct articles stored");

        JsonNode outbox = Api.get(ingest + "/api/outbox").body();
        assertNotNull(outbox);
        assertEquals(ARTICLES, outbox.path("pending").asInt(), "all 500 wait for the analysis: " + outbox);
        Api.Response one = Api.get(ingest + "/api/articles/" + ids.iterator().next());
        assertEquals("pending", one.body().path("analysisStatus").asText());

        sut.startAnalysis();

        JsonNode drained = Api.awaitOutboxEmpty(ingest, ReliabilitySupport.DRAIN);
        assertNotNull(drained);
        assertEquals(0, drained.path("pending").asInt(), "outbox drained after the analysis-service returned: " + drained);
        assertEquals(0, drained.path("failed").asInt(), "no hand-off failed: " + drained);

        long expectedTotal = 0;
        List<String> problems = new ArrayList<>();
        Map<String, Object> analyzeReq;
        for (long id : ids) {
            JsonNode a = Api.get(ingest + "/api/articles/" + id).body();
            if (!"done".equals(a.path("analysisStatus").asText())) {
                problems.add(id + ": analysisStatus " + a.path("analysisStatus").asText() + " " + a.path("analysisError").asText());
                continue;
            }
            Api.Response stored = Api.get(analysis + "/api/articles/" + id + "/statements");
            if (stored.status() != 200) {
                problems.add(id + ": statements answer " + stored.status());
                continue;
            }
            analyzeReq = Map.of("text", a.path("text").asText(), "language", a.path("language").asText("de"));
            int fresh = ReliabilitySupport.statementCount(Api.postJson(analysis + "/api/analyze", analyzeReq).body());
            int have = ReliabilitySupport.statementCount(stored.body());
            if (fresh != have) {
                problems.add(id + ": " + have + " statements stored, the analyzer finds " + fresh + " in the text");
            }
            expectedTotal += fresh;
        }
        assertTrue(problems.isEmpty(), problems.size() + " articles not analysed exactly once, e.g. "
                + problems.subList(0, Math.min(5, problems.size())));
        assertTrue(expectedTotal > 0, "the generated articles contain statements");
        JsonNode all = Api.get(analysis + "/api/statements?size=1").body();
        assertEquals(expectedTotal, all.path("total").asLong(), "no statement stored twice across the whole analysis database");
    }
}
