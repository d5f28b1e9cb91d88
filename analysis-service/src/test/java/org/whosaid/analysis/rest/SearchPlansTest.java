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
 * The search plans with small limits: totals counted up to search-count-max (2 here) and answered with totalCapped;
 * a last word (prefix) merged from at most search-prefix-terms (2 here) distinct terms, else statements are scanned
 * newest first (search-term-scan-limit 0: even a rare prefix does not drive by id list). Paging a large cluster.
 */
@QuarkusTest
@TestProfile(SearchPlansTest.SmallLimits.class)
class SearchPlansTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.analysis.search-term-scan-limit", "0", "whosaid.analysis.search-count-max", "2",
                    "whosaid.analysis.search-prefix-terms", "2");
        }
    }

    @Test
    void wordsAreReadNewestFirstWithCappedCountsPagesAndFilters() {
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
        given().get("/api/statements?q=fahre quellh&size=2&page=2").then().statusCode(200).body("items.size()", equalTo(0));
        // filters still apply (the date range on the index, the outlet on the statement); a small result is exact
        given().get("/api/statements?q=quellholm&outlet=Moorpost&from=2036-06-04").then()
                .body("total", equalTo(1)).body("totalCapped", nullValue()).body("items[0].articleId", equalTo((int) ids[3]));
        given().get("/api/statements?q=quellholm&to=2036-06-02T23:00:00Z&size=5").then()
                .body("total", equalTo(2)).body("items.articleId", equalTo(List.of((int) ids[1], (int) ids[0])));
        // a word no statement holds
        given().get("/api/statements?q=quellholm zeppelin").then().body("total", equalTo(0))
                .body("items.articleId", not(hasItem((int) ids[0])));
    }

    @Test
    void aPrefixOfFewTermsIsMergedAndABroadOneScansStatements() {
        long both = Fixtures.nextId();
        long heim = Fixtures.nextId();
        long holm = Fixtures.nextId();
        long bach = Fixtures.nextId();
        Fixtures.post(Fixtures.article(both, 1, "Moorpost", "„Zwischen Wurzelheim und Wurzelholm fährt kein Bus mehr“, "
                + "sagte Landrätin Ilka Vossberg.", "2038-03-01T08:00:00+01:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(heim, 1, "Fjordblick", "„Wurzelheim bekommt eine neue Schule“, sagte Bürgermeister "
                + "Ansgar Tjaden.", "2038-03-03T08:00:00+01:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(holm, 1, "Fjordblick", "„Wurzelholm bleibt ohne Arzt“, sagte Ärztekammer-Sprecher "
                + "Jannis Oltrogge.", "2038-03-02T08:00:00+01:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(bach, 1, "Moorpost", "„Der Hafen von Wurzelbach wird ausgebaggert“, sagte "
                + "Hafenchefin Merle Ockenga.", "2038-03-04T08:00:00+01:00")).then().statusCode(201);
        // "wurzelho" is one term
        given().get("/api/statements?q=wurzelho").then().body("items.articleId", equalTo(List.of((int) holm, (int) both)));
        // "wurzelh" stands for two terms (the limit): their lists merged newest first, a statement with both once, exact
        given().get("/api/statements?q=wurzelh&size=10").then().statusCode(200).body("total", equalTo(3))
                .body("totalCapped", nullValue())
                .body("items.articleId", equalTo(List.of((int) heim, (int) holm, (int) both)));
        // "wurzel" stands for three terms: statements are scanned newest first, each once, the count capped at 2
        var broad = given().get("/api/statements?q=wurzel&size=10").then().statusCode(200)
                .body("totalCapped", equalTo(true)).extract();
        assertEquals(List.of((int) bach, (int) heim, (int) holm, (int) both), broad.path("items.articleId"));
        // with a word before the prefix, the rarer drives and the other is checked
        given().get("/api/statements?q=zeppelin wurzelh").then().body("total", equalTo(0));
        given().get("/api/statements?q=schule wurzelh").then().body("items.articleId", equalTo(List.of((int) heim)));
        given().get("/api/statements?q=schule wurzel").then().body("items.articleId", equalTo(List.of((int) heim)));
    }

    @Test
    void aSpeakerFilterNarrowsByTheTermIndexAndFollowsACorrectedSpeaker() {
        long first = Fixtures.nextId();
        long second = Fixtures.nextId();
        Fixtures.post(Fixtures.article(first, 1, "Moorpost", "„Die Dünenwege bleiben im Winter offen“, sagte Revierförster "
                + "Okko Rademakers.", "2039-01-10T08:00:00+01:00")).then().statusCode(201);
        Fixtures.post(Fixtures.article(second, 1, "Fjordblick", "„Die Dünenwege werden im Winter gesperrt“, sagte "
                + "Kurdirektorin Swaantje Hilmerding.", "2039-01-11T08:00:00+01:00")).then().statusCode(201);
        // alone, as a word start, with a quote word, with the whole name; a name part inside the quote is no speaker
        given().get("/api/statements?speaker=rademakers").then().body("items.articleId", equalTo(List.of((int) first)));
        given().get("/api/statements?speaker=Rademak").then().body("items.articleId", equalTo(List.of((int) first)));
        given().get("/api/statements?speaker=Okko Rademakers&q=dunenwege").then()
                .body("items.articleId", equalTo(List.of((int) first)));
        given().get("/api/statements?speaker=dunenwege").then().body("total", equalTo(0));
        // a reviewer corrects the first statement's speaker: the filter finds it under the new name, not the old one
        String statement = given().get("/api/articles/" + first + "/statements").then().extract().path("items[0].id");
        Number cluster = given().get("/api/articles/" + first + "/statements").then().extract().path("items[0].clusterId");
        DecisionApiTest.decide(cluster.longValue(), Map.of("action", "speaker", "statementId", statement,
                "speakerName", "Imke Vosgerau")).then().statusCode(200);
        given().get("/api/statements?speaker=vosgerau&q=winter").then().body("items.articleId", equalTo(List.of((int) first)));
        given().get("/api/statements?speaker=rademakers").then().body("total", equalTo(0));
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
        Number cluster = given().get("/api/articles/" + ids[0] + "/statements").then().extract().path("items[0].clusterId");
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

