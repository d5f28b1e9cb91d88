package org.whosaid.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.service.OutboxDispatcher;
import org.whosaid.ingest.support.FakeAnalysis;

import java.util.*;
import java.util.concurrent.*;

import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.ingest.support.Api.admin;

/** Row claiming: dispatchers racing for the same due rows (as replicas would) never claim one row twice. */
@QuarkusTest
class OutboxClaimTest {

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void concurrentClaimsAreDisjoint() throws Exception {
        FakeAnalysis.stop();
        for (int i = 0; i < 30; i++) {
            admin().contentType("text/plain; charset=UTF-8")
                    .body("Die Hafenmeisterin Okka Behrends sagte, Liegeplatz " + i + " sei frei. Sie erwarte " + UUID.randomUUID() + " Schiffe, erklärte sie am Morgen.")
                    .post("/api/articles").then().statusCode(201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> results = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 4; t++) {
            results.add(pool.submit(() -> {
                start.await();
                return QuarkusTransaction.requiringNew().call(dispatcher::claim);
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertFalse(all.isEmpty(), "something was claimed");
        assertEquals(new HashSet<>(all).size(), all.size(), "a row was claimed twice: " + all);
    }
}
