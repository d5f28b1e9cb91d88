package org.whosaid.web.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * After pasting an article the status says what the analysis found: how many statements, who speaks, and which of
 * them other outlets carry too (a link to each), not only "analysed"; in the page's language.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class IngestFoundTest {
    static final FakeApi INGEST = FakeServices.INGEST;
    static final FakeApi ANALYSIS = FakeServices.ANALYSIS;

    @Test
    void anAnalysedArticleSaysWhatWasFound() {
        INGEST.start();
        ANALYSIS.start();
        INGEST.get("/api/articles/31", "{\"id\":31,\"title\":\"Deich fertig\",\"outlet\":\"Küstenbote\",\"analysisStatus\":\"done\"}");
        INGEST.get("/api/articles/32", "{\"id\":32,\"title\":\"Noch offen\",\"outlet\":\"Marschblatt\",\"analysisStatus\":\"pending\"}");
        ANALYSIS.get("/api/articles/31/statements", """
            {"items":[{"id":"31-s-1","clusterId":"12","speaker":{"name":"Hanna Vogt"},"quote":{"text":"Der Deich wird im Mai fertig."}},
                      {"id":"31-s-2","clusterId":"13","speaker":{"name":"Hanna Vogt"},"quote":{"text":"Die Kosten steigen."}},
                      {"id":"31-s-3","clusterId":"14","speaker":{"name":"Jens Ortmann"},"quote":{"text":"Wir klagen."}}],
             "total":3,"page":0,"size":200}""");
        ANALYSIS.get("/api/clusters/12", "{\"id\":\"12\",\"outletCount\":3,\"statementCount\":3}");
        ANALYSIS.get("/api/clusters/13", "{\"id\":\"13\",\"outletCount\":1,\"statementCount\":1}");
        ANALYSIS.get("/api/clusters/14", "{\"id\":\"14\",\"outletCount\":1,\"statementCount\":1}");

        String en = given().header("Accept-Language", "en").get("/ingest/status?ids=31,32").then().statusCode(200).extract().asString();
        assertTrue(en.contains("3 statements found"), en);
        assertTrue(en.contains("speakers: Hanna Vogt, Jens Ortmann"), en);
        assertTrue(en.contains("also in other outlets: <a href=\"/clusters/12\">Statement 12</a>"), en);
        assertFalse(en.contains("/clusters/13"), "a statement only this outlet carries is not 'also elsewhere'");
        String de = given().header("Accept-Language", "de").get("/ingest/status?ids=31").then().statusCode(200).extract().asString();
        assertTrue(de.contains("3 Aussagen gefunden") && de.contains("auch in anderen Medien"), de);
    }
}
