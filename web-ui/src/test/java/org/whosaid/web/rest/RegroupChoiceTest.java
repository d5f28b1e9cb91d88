package org.whosaid.web.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 17: a reviewer merges, marks related or moves by choosing the other statement from a list (speaker and quote),
 * not by typing its number: the related statements, the same speaker's, and those found by words or number.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class RegroupChoiceTest {
    static final FakeApi ANALYSIS = FakeServices.ANALYSIS;

    static String cluster(String id, String speaker, String entity, String quote, String... outlets) {
        StringBuilder st = new StringBuilder();
        for (int i = 0; i < outlets.length; i++) {
            if (i > 0) st.append(',');
            st.append("""
                {"id":"%d-s-1","form":"Direct","articleId":%d,"outlet":"%s","publishedAt":"2026-03-02T09:00:00+01:00",
                 "quote":{"text":"%s","spans":[{"start":0,"end":10}]},"speaker":{"name":"%s","entityId":"%s"},"clusterId":"%s"}"""
                    .formatted(40 + i, 40 + i, outlets[i], quote, speaker, entity, id));
        }
        return "{\"id\":\"" + id + "\",\"speaker\":{\"name\":\"" + speaker + "\",\"entityId\":\"" + entity + "\"},\"statementCount\":"
                + outlets.length + ",\"outletCount\":" + outlets.length + ",\"statements\":[" + st + "],\"conflicts\":[]}";
    }

    @BeforeEach
    void data() {
        ANALYSIS.start();
        String self = cluster("31", "Ilse Brandtner", "p-4", "Der Hafen kostet 400.000 Euro", "Küstenbote", "Marschblatt");
        ANALYSIS.get("/api/clusters/31", self.substring(0, self.length() - 1) + ",\"decisions\":[],\"related\":[{\"clusterId\":13,"
                + "\"score\":0.7,\"source\":\"auto\",\"evidence\":[],\"speaker\":{\"name\":\"Jonas Wettberg\",\"entityId\":\"p-5\"},"
                + "\"excerpt\":\"Wir streiken weiter\"}]}");
        // the same speaker's statements: the page's own, another one, and one with an id the form cannot take
        ANALYSIS.get("/api/clusters", "{\"items\":[" + self + ","
                + cluster("32", "Ilse Brandtner", "p-4", "Der Hafen bleibt offen", "Küstenbote", "Marschblatt") + ","
                + cluster("c-9", "Ilse Brandtner", "p-4", "Kein Cluster", "Küstenbote") + "],\"total\":3,\"page\":0,\"size\":40}");
        ANALYSIS.get("/api/clusters/77", cluster("77", "Ole Brandt", "p-7", "Der Deich hält", "Harbour Post"));
    }

    String[] reviewer() {
        Response page = given().get("/login");
        return PagesTest.login(page.getCookie("whosaid_csrf"), PagesTest.token(page.asString()));
    }

    String get(String[] who, String lang, String path) {
        return get(who, lang, path, null);
    }

    String get(String[] who, String lang, String path, String find) {
        var req = given().cookie("whosaid_csrf", who[1]).cookie("whosaid_session", who[0]).header("Accept-Language", lang);
        if (find != null) req = req.queryParam("find", find);
        return req.get(path).then().statusCode(200).extract().asString();
    }

    static String select(String html, String id) {
        Matcher m = Pattern.compile("<select id=\"" + id + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "a list to choose from: #" + id);
        return m.group(1);
    }

    @Test
    void mergeRelatedAndMoveOfferStatementsByWhoSaidWhat() {
        String html = get(reviewer(), "en", "/clusters/31");
        assertFalse(html.matches("(?s).*<input[^>]*name=\"targetClusterId\".*"), "no box to type a number into");
        String merge = select(html, "merge-target");
        assertTrue(merge.contains("<option value=\"\">— choose a statement —</option>"), merge);
        assertTrue(merge.contains("<option value=\"13\">Jonas Wettberg: “Wir streiken weiter”</option>"), "related first: " + merge);
        assertTrue(merge.contains("<option value=\"32\">Ilse Brandtner: “Der Hafen bleibt offen” · 2 outlets</option>"),
                "the same speaker's: " + merge);
        assertTrue(merge.indexOf("value=\"13\"") < merge.indexOf("value=\"32\""), "related before the speaker's: " + merge);
        assertFalse(merge.contains("value=\"31\""), "never the statement itself: " + merge);
        assertFalse(merge.contains("c-9"), "only ids the decision takes: " + merge);
        assertEquals(merge, select(html, "related-target"), "related offers the same list");
        assertTrue(html.contains("<select name=\"targetClusterId\" class=\"move-target\">"), "each rendering moves by a list too");
        String q = ANALYSIS.last("GET", "/api/clusters").query();
        assertTrue(q.contains("speaker=p-4") && q.contains("minOutlets=1"), "the speaker's statements asked for: " + q);
    }

    @Test
    void findingByWordsOrNumberAddsToTheList() {
        String[] who = reviewer();
        String html = get(who, "en", "/clusters/31", "Hafen offen");
        assertTrue(ANALYSIS.requests().stream().anyMatch(r -> r.path().equals("/api/clusters") && r.query() != null
                && r.query().contains("q=Hafen") && !r.query().contains("speaker=")), "the words are looked up");
        assertTrue(html.contains("value=\"Hafen offen\""), "the words stay in the box");
        assertTrue(html.contains("1 statement found"), "what the words found (not the page's own statement)");
        String byNumber = get(who, "en", "/clusters/31", "77");
        assertNotNull(ANALYSIS.last("GET", "/api/clusters/77"), "a number is looked up as that statement");
        assertTrue(select(byNumber, "merge-target").contains("<option value=\"77\">Ole Brandt: “Der Deich hält” · 1 outlet</option>"),
                byNumber);
        String none = get(who, "en", "/clusters/31", "404");
        assertTrue(none.contains("No other statement found for these words."), "nothing found is said");
        assertTrue(select(none, "merge-target").contains("value=\"32\""), "a failed lookup leaves the rest of the list");
        given().cookie("whosaid_csrf", who[1]).cookie("whosaid_session", who[0]).queryParam("find", "x".repeat(201)).get("/clusters/31")
                .then().statusCode(400);
    }

    @Test
    void germanListAndAnonymousReadersGetNone() {
        String de = get(reviewer(), "de", "/clusters/31");
        String merge = select(de, "merge-target");
        assertTrue(merge.contains("— Aussage wählen —") && merge.contains("“Der Hafen bleibt offen” · 2 Medien"), merge);
        assertTrue(de.contains("Zusammenführen mit"), "German label");
        long before = ANALYSIS.requests().stream().filter(r -> r.path().equals("/api/clusters")).count();
        String anon = given().get("/clusters/31").then().statusCode(200).extract().asString();
        assertFalse(anon.contains("merge-target"), "no write forms for readers");
        assertEquals(before, ANALYSIS.requests().stream().filter(r -> r.path().equals("/api/clusters")).count(),
                "no lookups for readers");
    }
}
