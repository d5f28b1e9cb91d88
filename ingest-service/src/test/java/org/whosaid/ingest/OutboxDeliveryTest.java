package org.whosaid.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.support.FakeAnalysis;

import java.util.*;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.ingest.support.Api.admin;

/** Nothing lost: articles accepted while the analysis-service is down all arrive once it is back, none twice. */
@QuarkusTest
class OutboxDeliveryTest {

    @AfterEach
    void stopFake() {
        FakeAnalysis.stop();
    }

    @Test
    void nothingLostWhileAnalysisIsDownNoneTwice() throws Exception {
        FakeAnalysis.stop();
        int n = 40;
        Map<Integer, Integer> versions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String url = "https://nordkurier-digital.example/outbox/" + UUID.randomUUID();
            String text = "Der Pegel der Wummer stieg am Morgen auf " + (300 + i) + " Zentimeter, sagte der Deichvogt Harm Lüdeking. "
                    + "Er rechne nicht mit einer Überflutung der Altstadt, erklärte er.";
            int id = admin().contentType("application/json").body(Map.of("url", url, "text", text))
                    .post("/api/articles").then().statusCode(201).body("analysisStatus", is("pending")).extract().path("id");
            versions.put(id, 1);
            if (i % 10 == 0) { // a second version of some articles
                admin().contentType("application/json").body(Map.of("url", url, "text", text + " Nachtrag: Der Pegel sinkt wieder."))
                        .post("/api/articles").then().statusCode(201).body("version", is(2));
                versions.put(id, 2);
            }
        }
        // while it is down: accepted, pending, backlog visible
        RestAssured.given().header("Authorization", "Bearer test-admin-key").get("/api/outbox").then().statusCode(200).body("pending", greaterThanOrEqualTo(n));
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        long first = versions.keySet().iterator().next();
        RestAssured.get("/api/articles/" + first).then().body("analysisStatus", is("pending"));

        FakeAnalysis.start();
        awaitDone(versions.keySet());
        for (Map.Entry<Integer, Integer> e : versions.entrySet()) {
            int id = e.getKey();
            assertEquals(1, FakeAnalysis.deliveries(id, e.getValue()), "article " + id + " v" + e.getValue() + " delivered exactly once");
            if (e.getValue() == 2) {
                assertTrue(FakeAnalysis.deliveries(id, 1) <= 1, "v1 of " + id + " at most once");
            }
        }
        assertEquals(0, FakeAnalysis.UNAUTHORIZED.get(), "the dispatcher sends the admin key");
        // a later pass sends nothing again
        Thread.sleep(2500);
        for (Map.Entry<Integer, Integer> e : versions.entrySet()) {
            assertEquals(1, FakeAnalysis.deliveries(e.getKey(), e.getValue()));
        }
    }

    @Test
    void refusedArticleIsFailedWithTheErrorAndTakedownIsPropagated() throws Exception {
        FakeAnalysis.start();
        int bad = admin().contentType("text/plain; charset=UTF-8")
                .body("REFUSE-ME Der Sprecher Quirin Adelhart sagte, es gebe nichts zu melden. Das sei alles, fügte er hinzu. " + UUID.randomUUID())
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitStatus(bad, "failed");
        RestAssured.get("/api/articles/" + bad).then().body("analysisError", containsString("422"));

        int good = admin().contentType("text/plain; charset=UTF-8")
                .body("Die Sprecherin Wiebke Tammen sagte, das Archiv werde geschlossen. Die Bestände gingen an das Landesarchiv, erklärte sie. " + UUID.randomUUID())
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitStatus(good, "done");
        admin().delete("/api/articles/" + good).then().statusCode(204);
        RestAssured.get("/api/articles/" + good).then().statusCode(404);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!FakeAnalysis.DELETED.containsKey((long) good) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, FakeAnalysis.DELETED.get((long) good).get(), "takedown reached the analysis-service once");
        admin().delete("/api/articles/" + good).then().statusCode(404);
    }

    static void awaitDone(Collection<Integer> ids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        Set<Integer> open = new HashSet<>(ids);
        while (!open.isEmpty() && System.currentTimeMillis() < deadline) {
            open.removeIf(id -> "done".equals(RestAssured.get("/api/articles/" + id).then().extract().path("analysisStatus")));
            if (!open.isEmpty()) {
                Thread.sleep(300);
            }
        }
        assertTrue(open.isEmpty(), "not delivered: " + open);
    }

    static void awaitStatus(int id, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        String s = null;
        while (System.currentTimeMillis() < deadline) {
            s = RestAssured.get("/api/articles/" + id).then().extract().path("analysisStatus");
            if (status.equals(s)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("article " + id + " is " + s + ", expected " + status);
    }
}
