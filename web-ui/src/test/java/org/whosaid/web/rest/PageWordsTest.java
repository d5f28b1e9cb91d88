package org.whosaid.web.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 17: the words a reader sees, in both languages: counts with the right plural, numbers as written, no English in German. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class PageWordsTest {
    static final FakeApi INGEST = FakeServices.INGEST;
    static final FakeApi ANALYSIS = FakeServices.ANALYSIS;

    static final String RENDERING = """
        {"id":"%s","form":"Direct","articleId":%d,"outlet":"%s","publishedAt":"2026-03-02T09:00:00+01:00",
         "quote":{"text":"Der Hafen kostet 400.000 Euro.","spans":[{"start":0,"end":10}]},
         "speaker":{"name":"Ilse Brandtner","entityId":"p-4"},"clusterId":"c-5"}""";
    static final String NUMBER = """
        {"id":"k-1","kind":"number","subject":"euro","values":[{"value":"400000","outlets":["Küstenbote"],"articleIds":[7]},
          {"value":"40000","outlets":["Marschblatt"],"articleIds":[9]}],"clusterId":"c-5"}""";
    static final String CONFLICTS = "[" + NUMBER + "," + """
         {"id":"k-2","kind":"speaker","subject":"who said: Der Hafen kostet","values":[{"value":"Ilse Brandtner","outlets":["Küstenbote"]},
          {"value":"Jonas Quellmalz","outlets":["Marschblatt"]}],"clusterId":"c-5"},
         {"id":"k-3","kind":"quote","subject":"word in the quote: „Der neue … wird bald“","values":[{"value":"Deich","outlets":["Küstenbote"]},
          {"value":"Damm","outlets":["Marschblatt"]}],"clusterId":"c-5"}]""";

    @BeforeEach
    void data() {
        ANALYSIS.start();
        String one = "{\"id\":\"c-5\",\"speaker\":{\"name\":\"Ilse Brandtner\",\"entityId\":\"p-4\"},\"statementCount\":1,"
                + "\"outletCount\":1,\"hasConflict\":true,\"statements\":[" + RENDERING.formatted("7-s-1", 7, "Küstenbote") + "],"
                + "\"conflicts\":[" + NUMBER + "]}";
        ANALYSIS.get("/api/clusters", "{\"items\":[" + one + "],\"total\":1,\"page\":0,\"size\":10}");
        ANALYSIS.get("/api/clusters/c-5", "{\"id\":\"c-5\",\"speaker\":{\"name\":\"Ilse Brandtner\",\"entityId\":\"p-4\"},"
                + "\"statementCount\":2,\"outletCount\":2,\"hasConflict\":true,\"statements\":["
                + RENDERING.formatted("7-s-1", 7, "Küstenbote") + "," + RENDERING.formatted("9-s-1", 9, "Marschblatt")
                + "],\"conflicts\":" + CONFLICTS + ",\"decisions\":[],\"related\":[{\"clusterId\":13,\"score\":0.7,"
                + "\"source\":\"auto\",\"evidence\":[],\"speaker\":{\"name\":\"Jonas Wettberg\",\"entityId\":\"p-5\"},"
                + "\"excerpt\":\"Wir streiken weiter\"}]}");
        ANALYSIS.get("/api/conflicts", "{\"items\":" + CONFLICTS + ",\"total\":2,\"page\":0,\"size\":8}");
        ANALYSIS.get("/api/stories", "{\"items\":[],\"total\":0,\"page\":0,\"size\":6}");
        INGEST.get("/api/articles", "{\"items\":[],\"total\":0,\"page\":0,\"size\":15}");
    }

    @Test
    void statementsAcrossOutletsFilterByDate() {
        String html = given().header("Accept-Language", "de").get("/clusters?from=2026-03-01&to=2026-03-03&speaker=Brandtner")
                .then().statusCode(200).extract().asString();
        String sent = ANALYSIS.last("GET", "/api/clusters").query();
        assertTrue(sent.contains("from=2026-03-01") && sent.contains("to=2026-03-03"), sent);
        assertTrue(html.contains("id=\"from\" name=\"from\" value=\"2026-03-01\""), "the range stays in the form");
        given().get("/clusters?from=gestern").then().statusCode(200);
        assertFalse(ANALYSIS.last("GET", "/api/clusters").query().contains("from="), "a date that is none is not sent on");
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        String html = given().header("Accept-Language", "en").get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("1 rendering · 1 outlet · <span class=\"badge conflict\">1 conflict</span>"), html);
        assertFalse(html.contains("1 conflicts") || html.contains("1 renderings") || html.contains("1 outlets"), html);
        String cluster = given().header("Accept-Language", "en").get("/clusters/c-5").then().statusCode(200).extract().asString();
        assertTrue(cluster.contains("2 renderings · 2 outlets"), cluster);
        assertTrue(cluster.contains("“400,000 €” (Küstenbote) vs. “40,000 €” (Marschblatt)"), "numbers as written: " + cluster);
        assertTrue(cluster.contains("<strong>who said: Der Hafen kostet</strong>"), cluster);
        assertTrue(cluster.contains("different word in the quote</span> <strong>word in the quote: „Der neue … wird bald“</strong>"), cluster);
        assertTrue(cluster.contains("<a href=\"/clusters/13\"><strong>Jonas Wettberg</strong>: “Wir streiken weiter”</a>"),
                "a related statement by speaker and quote, not by number: " + cluster);
    }

    @Test
    void germanPagesSayItInGerman() {
        String html = given().header("Accept-Language", "de").get("/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("1 Wiedergabe · 1 Medium · <span class=\"badge conflict\">1 Widerspruch</span>"), html);
        String cluster = given().header("Accept-Language", "de").get("/clusters/c-5").then().statusCode(200).extract().asString();
        assertTrue(cluster.contains("2 Wiedergaben · 2 Medien"), cluster);
        assertTrue(cluster.contains("“400.000 €” (Küstenbote) gegen “40.000 €” (Marschblatt)"), cluster);
        assertTrue(cluster.contains("<strong>wer sagte: Der Hafen kostet</strong>"), cluster);
        assertTrue(cluster.contains("anderes Wort im Zitat</span> <strong>Wort im Zitat: „Der neue … wird bald“</strong>: “Deich” (Küstenbote) gegen “Damm” (Marschblatt)"),
                "a key word changed inside the quote: " + cluster);
        for (String page : new String[] {text(html), text(cluster)}) {
            for (String english : new String[] {"who said", "Story of", "renderings", "outlets", "conflicts", "1 Widersprüche"}) {
                assertFalse(page.contains(english), "no \"" + english + "\" in the German page");
            }
        }
    }

    @Test
    void aMonthConflictAndTheAuditTrailSpeakThePageLanguage() {
        ANALYSIS.get("/api/clusters/c-6", "{\"id\":\"c-6\",\"speaker\":{\"name\":\"Ilse Brandtner\",\"entityId\":\"p-4\"},"
                + "\"statementCount\":2,\"outletCount\":2,\"statements\":["
                + RENDERING.formatted("7-s-1", 7, "Küstenbote") + "," + RENDERING.formatted("9-s-1", 9, "Marschblatt") + "],"
                + "\"conflicts\":[{\"id\":\"k-3\",\"kind\":\"date\",\"subject\":\"month named in the statement\",\"values\":["
                + "{\"value\":\"may\",\"outlets\":[\"Küstenbote\"]},{\"value\":\"june 2026+july\",\"outlets\":[\"Marschblatt\"]}],\"clusterId\":\"c-6\"}],"
                + "\"decisions\":[{\"id\":1,\"action\":\"review\",\"actor\":\"erika (key admin)\",\"createdAt\":\"2026-03-03T12:00:00Z\","
                + "\"details\":{\"status\":\"misquoted\"}}],\"related\":[]}");
        String de = text(given().header("Accept-Language", "de").get("/clusters/c-6").then().statusCode(200).extract().asString());
        assertTrue(de.contains("im Zitat genannter Monat : “Mai” (Küstenbote) gegen “Juni 2026+Juli” (Marschblatt)"), de);
        assertTrue(de.contains("erika  (Schlüssel admin)"), "who acted through which key, in German: " + de);
        for (String english : new String[] {"month named", "“may”", "june", "july", "(key "}) {
            assertFalse(de.contains(english), "no \"" + english + "\" in the German page");
        }
        String en = text(given().header("Accept-Language", "en").get("/clusters/c-6").then().statusCode(200).extract().asString());
        assertTrue(en.contains("month named in the statement : “May” (Küstenbote) vs. “June 2026+July” (Marschblatt)"), en);
        assertTrue(en.contains("erika  (key admin)"), en);
    }

    /** What a reader sees: the page without its tags (class names and addresses are no words on the page). */
    static String text(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ");
    }

    @Test
    void statementsAcrossOutletsShowsTwoOrMoreOutletsByDefaultWithFilters() {
        String html = given().header("Accept-Language", "en").get("/clusters").then().statusCode(200).extract().asString();
        FakeApi.Request r = ANALYSIS.last("GET", "/api/clusters");
        assertTrue(r.query().contains("minOutlets=2"), "2+ outlets by default: " + r.query());
        for (String field : new String[] {"name=\"q\"", "name=\"speaker\"", "name=\"outlet\"", "name=\"minOutlets\"", "name=\"language\""}) {
            assertTrue(html.contains(field), "filter " + field);
        }
        assertTrue(text(html).contains("1 statement · each seen in at least 2 outlets"), text(html));
        given().get("/clusters?outlet=Marschblatt&speaker=Brandtner&minOutlets=3&q=Hafen&language=de").then().statusCode(200);
        String q = ANALYSIS.last("GET", "/api/clusters").query();
        for (String part : new String[] {"outlet=Marschblatt", "speaker=Brandtner", "minOutlets=3", "q=Hafen", "language=de"}) {
            assertTrue(q.contains(part), part + " forwarded: " + q);
        }
    }
}
