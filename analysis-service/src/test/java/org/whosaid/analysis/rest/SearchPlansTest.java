package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Search with every word treated as common (scan limit 0): statements are read newest first and checked, and the
 * total is counted only up to search-count-max (2 here), answered with totalCapped. Paging a large cluster.
 */
@QuarkusTest
@TestProfile(SearchPlansTest.CommonWords.class)
class SearchPlansTest {

    public static class CommonWords implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.analysis.search-term-scan-limit", "0", "whosaid.analysis.search-count-max", "2");
        }
    }

    @Test
    void newestFirstPlanFindsAllWordsAndCapsTheCount() {
        long[] ids = new long[4];
        String[] outlets = {"Fjordblick", "Moorpost", "Fjordblick", "Moorpost"};
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Fixtures.nextId();
            String text = "„Die Fähre nach Quellholm fährt wieder ab dem " + (i + 3) + ". Juni“, sagte Reederin Talea Brunskamp.";
            Fixtures.post(Fixtures.article(ids[i], 1, outlets[i], text, "2036-06-0" + (i + 1) + "T10:00:00+02:00"))
                    .then().statusCode(201);
        }
        // four matches, counted up to 2: capped, newest first
        var page = given().get("/api/statements?q=fahre quellh&size=2").then().statusCode(200)
                .body("totalCapped", equalTo(true)).body("total", equalTo(2)).extract();
        List<Integer> first = page.path("items.articleId");
        assertEquals(List.of((int) ids[3], (int) ids[2]), first, "newest first");
        List<Integer> second = given().get("/api/statements?q=fahre quellh&size=2&page=1").then()
                .extract().path("items.articleId");
        assertEquals(List.of((int) ids[1], (int) ids[0]), second, "the next page goes on where the first stopped");
        // filters still apply; a small result is exact (no totalCapped)
        given().get("/api/statements?q=quellholm&outlet=Moorpost&from=2036-06-04").then()
                .body("total", equalTo(1)).body("totalCapped", nullValue()).body("items[0].articleId", equalTo((int) ids[3]));
        // a word no statement holds
        given().get("/api/statements?q=quellholm zeppelin").then().body("total", equalTo(0))
                .body("items.articleId", not(hasItem((int) ids[0])));
    }

    @Test
    void largeClusterIsPagedWithTheReferenceAlwaysIncluded() {
        long[] ids = new long[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Fixtures.nextId();
            String text = "„Die Schleuse von Ankerwiek bleibt bis Oktober gesperrt“, sagte Hafenmeister Piet Ohlendorf.";
            Fixtures.post(Fixtures.article(ids[i], 1, "Blatt" + i, text, "2037-02-0" + (i + 1) + "T09:00:00+01:00"))
                    .then().statusCode(201);
        }
        Number cluster = given().get("/api/articles/" + ids[0] + "/statements").then().extract().path("[0].clusterId");
        int all = given().get("/api/clusters/" + cluster).then().statusCode(200).extract().path("statements.size()");
        assertTrue(all >= 5, "one cluster for the five renderings: " + all);
        String ref = given().get("/api/clusters/" + cluster).then().extract().path("reference.statementId");
        var last = given().get("/api/clusters/" + cluster + "?page=2&size=2").then().statusCode(200)
                .body("statementCount", equalTo(all)).extract();
        List<String> shown = last.path("statements.id");
        assertTrue(shown.contains(ref), "the reference is on every page: " + shown);
        assertTrue(shown.size() <= 3, "one page of renderings (plus the reference): " + shown);
        given().get("/api/clusters/" + cluster + "?page=0&size=500").then().statusCode(400);
    }
}
