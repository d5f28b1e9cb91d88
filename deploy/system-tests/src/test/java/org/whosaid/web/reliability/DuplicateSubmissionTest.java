package org.whosaid.web.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same article submitted by 16 clients at the same moment is stored once, as one version, handed off once. */
class DuplicateSubmissionTest extends ServiceFixture {

    static final int CLIENTS = 16;
    static final int ROUNDS = 5;

    @Override
    String name() {
        return "dup";
    }

    @Test
    void concurrentDuplicatesMakeOneArticle() throws Exception {
        // the analysis-service stays down (a dead port), so the outbox shows how many hand-offs were queued
        sut.startIngest();
        String ingest = sut.ingestUrl();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                ObjectNode article = Api.article("dup-" + System.nanoTime(), round);
                CyclicBarrier start = new CyclicBarrier(CLIENTS);
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return Api.postJson(ingest + "/api/articles", article);
                    }));
                }
                Set<Long> ids = new HashSet<>();
                int created = 0;
                for (Future<Api.Response> f : answers) {
                    Api.Response r = f.get();
                    assertTrue(r.status() == 200 || r.status() == 201, "round " + round + ": every duplicate is accepted: " + r.status() + " " + r.raw());
                    ids.add(r.body().path("id").asLong());
                    created += r.status() == 201 ? 1 : 0;
                }
                assertEquals(1, ids.size(), "round " + round + ": all clients got the same article id " + ids);
                assertEquals(1, created, "round " + round + ": exactly one answer says 'created' (201)");
                long id = ids.iterator().next();
                JsonNode versions = Api.get(ingest + "/api/articles/" + id + "/versions").body().path("items");
                assertEquals(1, versions.size(), "round " + round + ": one version: " + versions);
                String outlet = URLEncoder.encode(article.get("outlet").asText(), StandardCharsets.UTF_8);
                JsonNode page = Api.get(ingest + "/api/articles?size=200&outlet=" + outlet).body();
                long sameUrl = 0;
                for (JsonNode item : page.path("items")) {
                    sameUrl += article.get("url").asText().equals(item.path("url").asText()) ? 1 : 0;
                }
                assertEquals(1, sameUrl, "round " + round + ": one stored article with that URL");
            }
            JsonNode outbox = Api.get(ingest + "/api/outbox").body();
            assertEquals(ROUNDS, outbox.path("pending").asInt() + outbox.path("failed").asInt(),
                    "one hand-off to the analysis per article, not one per submission: " + outbox);
        } finally {
            pool.shutdownNow();
        }
    }
}
