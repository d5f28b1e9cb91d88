package org.whosaid.analysis.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.Fixtures;
import org.whosaid.analysis.store.ClusterEntity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * After an upgrade, {@code POST /api/admin/reanalyze} moves stored articles to the new grouping: two renderings of one
 * quote that an older version had put in two clusters, without the stored pairs the grouping now reads, are in one
 * cluster again after re-analysis, with their pair stored.
 */
@QuarkusTest
class ReanalyzeRegroupTest {

    @Inject
    EntityManager em;

    @Test
    void reanalysisRegroupsArticlesStoredByAnOlderVersion() throws Exception {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        Fixtures.post(Fixtures.article(a, 1, "Saldebote", Fixtures.bridgeDe(""), "2037-09-08T09:00:00+02:00")).then().statusCode(201);
        String other = "„Wir werden die Brücke bis zum Herbst fertigstellen“, sagte Bürgermeisterin Marta Kowalczyk am Dienstag.";
        Fixtures.post(Fixtures.article(b, 1, "Kreisecho", other, "2037-09-08T11:00:00+02:00")).then().statusCode(201);
        assertEquals(clusterOf(a), clusterOf(b), "one cluster to begin with");

        // what an older version left: no stored pairs, and the two renderings in two clusters
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from statement_edge where statement_id in (?1, ?2) or other_id in (?1, ?2)")
                    .setParameter(1, a + "-s-1").setParameter(2, b + "-s-1").executeUpdate();
            ClusterEntity split = new ClusterEntity();
            split.updatedAt = java.time.OffsetDateTime.now();
            split.persist();
            em.flush();
            em.createNativeQuery("update statement set cluster_id = ?1 where id = ?2").setParameter(1, split.id)
                    .setParameter(2, b + "-s-1").executeUpdate();
        });
        assertNotEquals(clusterOf(a), clusterOf(b), "split as an older version left them");

        String job = given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("articleIds", List.of(a, b))).when().post("/api/admin/reanalyze")
                .then().statusCode(202).extract().path("id");
        String status = "running";
        for (int i = 0; i < 600 && status.equals("running"); i++) {
            Thread.sleep(100);
            status = given().header("Authorization", Fixtures.KEY).get("/api/admin/reanalyze/" + job).then().statusCode(200)
                    .extract().path("status");
        }
        assertEquals("done", status);
        assertEquals(clusterOf(a), clusterOf(b), "one cluster again after re-analysis");
        Number pairs = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from statement_edge where statement_id in (?1, ?2) and other_id in (?1, ?2)")
                .setParameter(1, a + "-s-1").setParameter(2, b + "-s-1").getSingleResult());
        assertTrue(pairs.intValue() >= 1, "the pair is stored again");
    }

    private static long clusterOf(long article) {
        Number n = given().get("/api/articles/" + article + "/statements").then().statusCode(200).extract().path("items[0].clusterId");
        return n.longValue();
    }
}
