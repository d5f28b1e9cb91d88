package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** People decide: decisions are applied, audited with who and when, and survive re-analysis. */
@QuarkusTest
class DecisionApiTest {

    static io.restassured.response.Response decide(long cluster, Map<String, Object> body) {
        return given().header("Authorization", Fixtures.KEY).header("X-Whosaid-User", "erika")
                .contentType(ContentType.JSON).body(body).when().post("/api/clusters/" + cluster + "/decisions");
    }

    long clusterOf(long article) {
        return ((Number) given().get("/api/articles/" + article + "/statements").then().extract().path("items[0].clusterId"))
                .longValue();
    }

    @Test
    void reviewRejectAndSpeakerCorrectionSurviveReanalysis() throws Exception {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        Fixtures.post(Fixtures.article(a, 1, "Saldebote", Fixtures.bridgeDe(""), "2035-05-06T09:00:00+02:00"))
                .then().statusCode(201);
        String other = "„Wir werden die Brücke bis zum Herbst fertigstellen“, sagte Bürgermeisterin Marta Kowalczyk am Dienstag.";
        Fixtures.post(Fixtures.article(b, 1, "Kreisecho", other, "2035-05-06T11:00:00+02:00")).then().statusCode(201);
        long cluster = clusterOf(a);
        assertEquals(cluster, clusterOf(b));

        decide(cluster, Map.of("action", "review", "status", "misquoted", "note", "Herbst ist falsch"))
                .then().statusCode(200).body("reviewStatus", equalTo("misquoted"))
                .body("decisions.actor", hasItem(containsString("erika")))
                .body("decisions.action", hasItem("review"));
        decide(cluster, Map.of("action", "review", "status", "great")).then().statusCode(400);
        decide(cluster, Map.of("action", "explode")).then().statusCode(400).body("error", equalTo("bad-request"));

        // reject b's rendering: it leaves the cluster and never rejoins it
        decide(cluster, Map.of("action", "reject", "statementId", b + "-s-1")).then().statusCode(200)
                .body("statements.id", hasItem(a + "-s-1"));
        long alone = clusterOf(b);
        assertNotEquals(cluster, alone);
        // correct the speaker of a
        decide(cluster, Map.of("action", "speaker", "statementId", a + "-s-1", "speakerName", "Magda Kowalczyk"))
                .then().statusCode(200);
        given().get("/api/articles/" + a + "/statements").then().body("items[0].speaker.name", equalTo("Magda Kowalczyk"));

        // re-analysis with the current extractor keeps every decision
        String job = given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("articleIds", List.of(a, b))).when().post("/api/admin/reanalyze")
                .then().statusCode(202).extract().path("id");
        String status = "running";
        for (int i = 0; i < 600 && status.equals("running"); i++) {
            Thread.sleep(100);
            status = given().header("Authorization", Fixtures.KEY).get("/api/admin/reanalyze/" + job).then().statusCode(200).extract().path("status");
        }
        assertEquals("done", status);
        assertEquals(cluster, clusterOf(a));
        assertEquals(alone, clusterOf(b));
        given().get("/api/articles/" + a + "/statements").then().body("items[0].speaker.name", equalTo("Magda Kowalczyk"));
        given().get("/api/clusters/" + cluster).then().body("reviewStatus", equalTo("misquoted"))
                .body("decisions.size()", equalTo(3));
        given().get("/api/statements?reviewStatus=misquoted&size=200").then().body("items.id", hasItem(a + "-s-1"));
    }

    @Test
    void mergeSplitRelatedAndReference() {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        Fixtures.post(Fixtures.article(a, 1, "Moorkurier", "„Die Fähre fährt wieder ab Montag“, sagte Kapitän Ole Brems.",
                "2036-01-01T10:00:00Z")).then().statusCode(201);
        Fixtures.post(Fixtures.article(b, 1, "Deichblatt", "„Der Deich hält jedem Sturm stand“, sagte Deichgräfin Wiebke Arns.",
                "2036-03-01T10:00:00Z")).then().statusCode(201);
        long ca = clusterOf(a);
        long cb = clusterOf(b);
        assertNotEquals(ca, cb);
        decide(ca, Map.of("action", "related", "targetClusterId", cb)).then().statusCode(200)
                .body("related.clusterId", hasItem((int) cb)).body("related.source", hasItem("human"));
        decide(cb, Map.of("action", "merge", "targetClusterId", ca)).then().statusCode(200)
                .body("id", equalTo((int) ca)).body("statements.size()", equalTo(2));
        given().get("/api/clusters/" + cb).then().statusCode(404);
        decide(ca, Map.of("action", "reference", "statementId", b + "-s-1")).then().statusCode(200)
                .body("reference.statementId", equalTo(b + "-s-1")).body("reference.marked", equalTo(true));
        decide(ca, Map.of("action", "split", "statementIds", List.of(b + "-s-1"))).then().statusCode(200)
                .body("statements.size()", equalTo(1));
        assertNotEquals(ca, clusterOf(b));
        decide(ca, Map.of("action", "move", "statementId", a + "-s-1", "targetClusterId", 99999999)).then().statusCode(400);
    }

    /** Issue 17: a corrected speaker is the registry's person, so the cluster shows no "who said: X vs X". */
    @Test
    void aCorrectedSpeakerJoinsTheRegistryPerson() {
        long a = Fixtures.nextId();
        long b = Fixtures.nextId();
        Fixtures.post(Fixtures.article(a, 1, "Saldebote", Fixtures.bridgeDe(""), "2036-05-06T09:00:00+02:00"))
                .then().statusCode(201);
        String other = "„Wir werden die Brücke bis zum Herbst fertigstellen“, sagte Landrat Peter Brunnhuber am Dienstag.";
        Fixtures.post(Fixtures.article(b, 1, "Kreisecho", other, "2036-05-06T11:00:00+02:00")).then().statusCode(201);
        long cluster = clusterOf(a);
        if (clusterOf(b) != cluster) {
            decide(clusterOf(b), Map.of("action", "move", "statementId", b + "-s-1", "targetClusterId", cluster)).then().statusCode(200);
        }
        String marta = given().get("/api/articles/" + a + "/statements").then().extract().path("items[0].speaker.entityId");
        given().get("/api/conflicts?clusterId=" + cluster).then().body("items.kind", hasItem("speaker"));

        decide(cluster, Map.of("action", "speaker", "statementId", b + "-s-1", "speakerName", "Marta Kowalczyk"))
                .then().statusCode(200).body("conflicts.kind", org.hamcrest.Matchers.not(hasItem("speaker")))
                .body("speaker.entityId", equalTo(marta));
        given().get("/api/articles/" + b + "/statements").then().body("items[0].speaker.name", equalTo("Marta Kowalczyk"))
                .body("items[0].speaker.entityId", equalTo(marta));
        given().get("/api/conflicts?clusterId=" + cluster).then().body("items.kind", org.hamcrest.Matchers.not(hasItem("speaker")));
        given().get("/api/statements?entityId=" + marta + "&size=200").then().body("items.id", hasItem(b + "-s-1"));

        // a name nobody has yet becomes a registry person of its own
        decide(cluster, Map.of("action", "speaker", "statementId", b + "-s-1", "speakerName", "Jonas Quellmalz")).then().statusCode(200);
        String jonas = given().get("/api/articles/" + b + "/statements").then().extract().path("items[0].speaker.entityId");
        assertNotEquals(null, jonas);
        assertNotEquals(marta, jonas);
        given().get("/api/speakers/" + jonas).then().statusCode(200).body("name", equalTo("Jonas Quellmalz"));
    }
}
