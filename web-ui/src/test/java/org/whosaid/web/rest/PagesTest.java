package org.whosaid.web.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages against faked ingest and analysis APIs: escaping, highlighting, diffs, i18n, CSRF, login, down services. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesTest {
    static final FakeApi INGEST = FakeServices.INGEST;
    static final FakeApi ANALYSIS = FakeServices.ANALYSIS;
    static final ObjectMapper M = new ObjectMapper();

    static final String TEXT = "Bürgermeisterin Hanna Vogt sagte am Montag: „Der Deich bei Lünsen wird bis Mai fertig.“ "
            + "<script>alert('pwned')</script> Der Kreis widersprach.";

    @BeforeEach
    void data() throws Exception {
        ANALYSIS.start(); // no-op restart guard: tests that stop it restart here
        int qs = TEXT.indexOf("Der Deich");
        int qe = TEXT.indexOf("fertig.") + "fertig.".length();
        int ss = TEXT.indexOf("Hanna Vogt");
        int cs = TEXT.indexOf("sagte");
        String st = """
            {"id":"s-1","form":"Direct","medium":"Speech","articleId":7,"outlet":"Küstenbote","publishedAt":"2026-03-02T09:00:00+01:00",
             "quote":{"text":"Der Deich bei Lünsen wird bis Mai fertig.","spans":[{"start":%d,"end":%d}]},
             "speaker":{"text":"Hanna Vogt","spans":[{"start":%d,"end":%d}],"name":"Hanna Vogt","entityId":"p-vogt"},
             "cue":{"text":"sagte","spans":[{"start":%d,"end":%d}]},"confidence":0.91,"evidence":["quote-colon-verb","speaker by name"],
             "clusterId":"c-1"}""".formatted(qs, qe, ss, ss + 10, cs, cs + 5);
        INGEST.get("/api/articles/7", M.writeValueAsString(M.createObjectNode().put("id", 7).put("title", "Deich <b>fertig</b>?")
                .put("outlet", "Küstenbote").put("text", TEXT).put("version", 1).put("analysisStatus", "done")
                .put("publishedAt", "2026-03-02T09:00:00+01:00")));
        ANALYSIS.get("/api/articles/7/statements", "{\"items\":[" + st + "],\"total\":1,\"page\":0,\"size\":200}");
        ANALYSIS.get("/api/articles/7", M.writeValueAsString(M.createObjectNode().put("id", 7).put("version", 1).put("text", TEXT)));
        ANALYSIS.get("/api/clusters/c-1", """
            {"id":"c-1","speaker":{"name":"Hanna Vogt","entityId":"p-vogt"},
             "statements":[%s,
              {"id":"s-4","form":"Indirect","articleId":9,"outlet":"Marschblatt","publishedAt":"2026-03-02T12:00:00+01:00",
               "quote":{"text":"der Deich bei Lünsen werde bis Juni fertig","spans":[{"start":10,"end":50}]},
               "speaker":{"text":"sie","name":"Hanna Vogt","entityId":"p-vogt"},"cue":{"text":"sagte"},"link":{"score":0.82,"evidence":["speaker=p-vogt","terms 6/7"]}}],
             "conflicts":[{"id":"k-1","kind":"date","subject":"Fertigstellung","values":[{"value":"Mai","outlets":["Küstenbote"],"articleIds":[7]},{"value":"Juni","outlets":["Marschblatt"],"articleIds":[9]}],"clusterId":"c-1"}],
             "renderings":[{"statementId":"s-1","spread":[{"kind":"first"}]},
              {"statementId":"s-4","spread":[{"kind":"form","from":"Direct","to":"Indirect"}]}],
             "alsoRenders":[{"weight":0.5834,"statement":{"id":"12-s-2","form":"Indirect","articleId":12,"outlet":"Deichpost",
               "quote":{"text":"der Deich werde bis Mai fertig und die Fähre fahre ab Juli wieder","spans":[{"start":40,"end":104}]},
               "speaker":{"text":"Vogt","name":"Hanna Vogt","entityId":"p-vogt"},"clusterId":"c-2"}}],
             "decisions":[]}""".formatted(st));
        INGEST.get("/api/articles", "{\"items\":[],\"total\":0,\"page\":0,\"size\":15}");
        ANALYSIS.get("/api/clusters", "{\"items\":[],\"total\":0,\"page\":0,\"size\":10}");
        ANALYSIS.on("POST", "/api/clusters/c-1/decisions", 200, "{\"id\":1}");
        ANALYSIS.get("/api/statements", "{\"items\":[" + st + "],\"total\":1,\"page\":0,\"size\":20}");
    }

    @Test
    void articleTextIsEscapedAndStatementsMarked() {
        String html = given().get("/articles/7").then().statusCode(200).extract().asString();
        assertFalse(html.contains("<script>alert"), "article markup must never reach the page as markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert("), html);
        assertTrue(html.contains("Deich &lt;b&gt;fertig&lt;/b&gt;?"), "title escaped");
        assertTrue(html.contains("<span id=\"s-1\" class=\"anchor\"></span>"), "statement position anchor");
        assertTrue(html.contains("class=\"mark quote f-direct\""), "quote marked");
        assertTrue(html.contains(">Der Deich bei Lünsen wird bis Mai fertig.</a>"), "quote text inside its mark");
        assertTrue(html.contains("class=\"mark speaker"), "speaker marked");
        assertTrue(html.contains("quote-colon-verb"), "evidence shown");
        assertTrue(html.contains("href=\"/clusters/c-1\""), "link to cluster");
    }

    @Test
    void clusterListsALongerRenderingThatAlsoCarriesItsStatement() {
        String html = given().header("Accept-Language", "en").get("/clusters/c-1").then().statusCode(200).extract().asString();
        int at = html.indexOf("Also rendered inside a longer statement");
        assertTrue(at > html.indexOf("Marschblatt"), "listed after the cluster's own renderings\n" + html);
        String also = html.substring(at);
        assertTrue(also.contains("<strong>Deichpost</strong>"), also);
        assertTrue(also.contains("der Deich werde bis Mai fertig und die Fähre fahre ab Juli wieder"), also);
        assertTrue(also.contains("0.58"), "its mean link score as evidence");
        assertTrue(also.contains("href=\"/articles/12#s-2\""), "where it stands in its article");
        assertTrue(also.contains("href=\"/clusters/c-2\""), "the statement it belongs to");
        String de = given().header("Accept-Language", "de").get("/clusters/c-1").then().statusCode(200).extract().asString();
        assertTrue(de.contains("Auch in einer längeren Aussage wiedergegeben"));
    }

    @Test
    void securityHeadersOnEveryPage() {
        Response r = given().get("/articles/7");
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("frame-ancestors 'none'"));
        assertTrue(csp.contains("script-src 'self'"));
        assertFalse(csp.contains("unsafe-inline"));
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertNotNull(r.header("Referrer-Policy"));
        String csrfCookie = r.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("whosaid_csrf=")).findFirst().orElseThrow();
        assertTrue(csrfCookie.contains("HttpOnly") && csrfCookie.contains("SameSite=Strict"), csrfCookie);
    }

    @Test
    void clusterShowsRenderingsDiffAndConflictInPlainWords() {
        String html = given().header("Accept-Language", "en").get("/clusters/c-1").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Where the outlets disagree"));
        assertTrue(html.contains("“Mai” (Küstenbote) vs. “Juni” (Marschblatt)"), html);
        assertTrue(html.contains("<del>Mai</del>") || html.contains("<del>Mai"), "reference word missing in the other rendering");
        assertTrue(html.contains("<ins>Juni</ins>") || html.contains("Juni</ins>"), "new word in the other rendering");
        assertTrue(html.contains("Reference"));
        assertTrue(html.contains("href=\"/articles/9#s-4\""), "link to the source article at the statement's position");
        assertTrue(html.contains("speaker=p-vogt"), "link evidence");
        assertTrue(html.contains("/clusters/c-1/claimreview.jsonld"));
        // how it spread: by publication time, the first outlet, and the change of form after it
        assertTrue(html.contains("How the statement spread"), html);
        assertTrue(html.contains("<svg") && html.contains("class=\"form-indirect\""), "timeline drawn server-side");
        assertTrue(html.contains("<em>form: direct → indirect</em>"), html);
    }

    @Test
    void claimReviewIsJsonLd() throws Exception {
        String body = given().get("/clusters/c-1/claimreview.jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract().asString();
        JsonNode n = M.readTree(body);
        assertEquals("https://schema.org", n.get("@context").asText());
        assertEquals("ClaimReview", n.get("@type").asText());
        assertEquals("Der Deich bei Lünsen wird bis Mai fertig.", n.get("claimReviewed").asText());
        assertEquals("Hanna Vogt", n.at("/itemReviewed/author/name").asText());
        assertEquals(2, n.at("/itemReviewed/appearance").size());
        // the appearances in order of publication, each with how the statement spread (from the analysis API)
        assertEquals("Küstenbote", n.at("/itemReviewed/appearance/0/publisher/name").asText());
        assertEquals("first", n.at("/itemReviewed/appearance/0/description").asText());
        assertEquals("form: direct → indirect", n.at("/itemReviewed/appearance/1/description").asText());
        assertTrue(n.get("url").asText().endsWith("/clusters/c-1"));
        assertNull(n.get("reviewRating"), "no rating before a reviewer set a status");
    }

    @Test
    void exportsCsvAndJson() throws Exception {
        String csv = given().get("/clusters/c-1/export.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\"clusterId\"") || csv.startsWith("clusterId"));
        assertEquals(3, csv.split("\r\n").length, csv);
        assertTrue(csv.contains("\"Marschblatt\""));
        JsonNode j = M.readTree(given().get("/search/export.json?q=Deich").then().statusCode(200).extract().asString());
        assertEquals(1, j.get("statements").size());
    }

    @Test
    void languageFromAcceptLanguageAndSwitch() {
        given().header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").get("/clusters/c-1").then().statusCode(200)
                .body(containsString("Wo sich die Medien widersprechen")).body(containsString("lang=\"de\""))
                .body(containsString("Wie sich die Aussage verbreitete")).body(containsString("<em>zuerst</em>"));
        Response r = given().header("Accept-Language", "de").get("/clusters/c-1?lang=en");
        r.then().statusCode(200).body(containsString("Where the outlets disagree"));
        assertTrue(r.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("whosaid_lang=en")));
        given().cookie("whosaid_lang", "de").header("Accept-Language", "en").get("/clusters/c-1").then()
                .body(containsString("Aussage"));
    }

    @Test
    void downServiceGivesAPlainPage() {
        ANALYSIS.stop();
        try {
            String html = given().get("/clusters/c-1").then().statusCode(503).extract().asString();
            assertTrue(html.contains("analysis-service"), html);
            assertTrue(html.contains("cannot be reached"), html);
            assertFalse(html.contains("Exception"), "no stack trace");
            assertFalse(html.contains("at org."), "no stack trace");
            // the article page degrades: text without statements
            given().get("/articles/7").then().statusCode(200).body(containsString("analysis service cannot be reached"));
        } finally {
            ANALYSIS.start();
        }
    }

    @Test
    void writesNeedCsrfTokenAndLogin() {
        // no token at all
        given().formParam("status", "misquoted").post("/clusters/c-1/review").then().statusCode(403);
        // anonymous with a valid token: sent to the login page
        Response page = given().get("/login");
        String cookie = page.getCookie("whosaid_csrf");
        String token = token(page.asString());
        given().redirects().follow(false).cookie("whosaid_csrf", cookie).formParam("_csrf", token).formParam("status", "misquoted")
                .post("/clusters/c-1/review").then().statusCode(303).header("Location", containsString("/login"));
        // logged in, wrong token (the login set a new CSRF cookie; the form token comes from a page opened after it)
        String[] b = login(cookie, token);
        String session = b[0];
        cookie = b[1];
        token = b[2];
        given().cookie("whosaid_csrf", cookie).cookie("whosaid_session", session).formParam("_csrf", token + "x")
                .formParam("status", "misquoted").post("/clusters/c-1/review").then().statusCode(403);
        // a token from another browser's cookie does not fit this cookie
        Response other = given().get("/login");
        given().cookie("whosaid_csrf", cookie).cookie("whosaid_session", session).formParam("_csrf", token(other.asString()))
                .formParam("status", "misquoted").post("/clusters/c-1/review").then().statusCode(403);
        assertNull(ANALYSIS.last("POST", "/api/clusters/c-1/decisions"), "nothing was sent downstream");
        // logged in with the right token: forwarded with the admin key and the user's name
        given().redirects().follow(false).cookie("whosaid_csrf", cookie).cookie("whosaid_session", session)
                .formParam("_csrf", token).formParam("status", "misquoted").formParam("note", "Juni, nicht Mai")
                .post("/clusters/c-1/review").then().statusCode(303);
        FakeApi.Request sent = ANALYSIS.last("POST", "/api/clusters/c-1/decisions");
        assertNotNull(sent);
        assertEquals("Bearer test-admin-key", sent.header("Authorization"));
        assertEquals("admin", sent.header("X-Whosaid-User"));
        assertTrue(sent.body().contains("\"misquoted\"") && sent.body().contains("Juni, nicht Mai"), sent.body());
    }

    @Test
    void auditTrailShowsWhoWhenWhatAndTheStatusSet() {
        ANALYSIS.get("/api/clusters/c-9", """
            {"id":"c-9","speaker":{"name":"Hanna Vogt","entityId":"p-vogt"},"reviewStatus":"misquoted","statementCount":1,"outletCount":1,
             "statements":[{"id":"7-s-1","form":"Direct","articleId":7,"outlet":"Küstenbote","quote":{"text":"Der Deich ist fertig."}}],
             "decisions":[
              {"id":1,"action":"review","clusterId":9,"actor":"erika","createdAt":"2026-03-03T10:15:00Z","note":"Juni, nicht Mai",
               "details":{"status":"misquoted","from":"unverified","to":"misquoted"}},
              {"id":2,"action":"speaker","clusterId":9,"statementId":"7-s-1","actor":"jonas","createdAt":"2026-03-03T11:00:00Z",
               "details":{"from":"H. Vogt","to":"Hanna Vogt"}},
              {"id":3,"action":"merge","clusterId":9,"targetClusterId":9,"actor":"erika","createdAt":"2026-03-03T12:00:00Z",
               "details":{"mergedCluster":4,"statements":["8-s-2"]}}]}""");
        String html = given().header("Accept-Language", "en").get("/clusters/c-9").then().statusCode(200).extract().asString();
        String audit = html.substring(html.indexOf("id=\"audit\""));
        assertTrue(audit.contains("3 Mar 2026, 11:15 CET") && audit.contains("<strong>erika</strong>"), audit);
        assertTrue(audit.contains("“misquoted”") && audit.contains("before: unverified"), "the status value set: " + audit);
        assertTrue(audit.contains("“Hanna Vogt”") && audit.contains("before: H. Vogt"), "the corrected speaker: " + audit);
        assertTrue(audit.contains("href=\"/articles/7#s-1\""), "the rendering decided on: " + audit);
        assertTrue(audit.contains("href=\"/clusters/4\""), "the cluster merged in: " + audit);
        assertTrue(audit.contains("Juni, nicht Mai"));
    }

    @Test
    void clusterMarksTheWordsEachRenderingSharesWithTheReferenceAndEscapesTheText() throws Exception {
        // invented renderings of one statement: the reference, an indirect German one and an English translation
        String ref = "Die <b>Fähre</b> nach Wittholm fährt ab Montag wieder täglich.";
        String de = "Die Fähre nach Wittholm fahre ab Montag wieder täglich <script>alert(1)</script>";
        String en = "The ferry to Wittholm runs daily again from <i>Monday</i>.";
        var c = M.createObjectNode().put("id", "c-7");
        c.putObject("speaker").put("name", "Jorin Albrecht");
        var sts = c.putArray("statements");
        var rs = c.putArray("renderings");
        String[][] renderings = {
            {"71-s-1", "71", "Hafenbote", "Direct", ref, "Fähre", "Wittholm", "fährt", "Montag", "täglich"},
            {"72-s-1", "72", "Inselkurier", "Indirect", de, "Montag", "fahre", "Fähre", "täglich", "Wittholm"},
            // as wide as a careless API might send them: the markup inside is still only text
            {"73-s-1", "73", "Harbour Post", "Indirect", en, "ferry", "Wittholm", "daily", "<i>Monday</i>"}};
        for (String[] r : renderings) {
            sts.addObject().put("id", r[0]).put("articleId", Long.parseLong(r[1])).put("outlet", r[2]).put("form", r[3])
                    .put("publishedAt", "2026-03-0" + (Long.parseLong(r[1]) - 69) + "T09:00:00+01:00").putObject("quote").put("text", r[4]);
            var m = rs.addObject().put("statementId", r[0]).put("reference", r[0].equals("71-s-1")).putArray("matched");
            for (int i = 5; i < r.length; i++) {
                int at = r[4].indexOf(r[i]);
                m.addObject().put("start", at).put("end", at + r[i].length());
            }
            m.addObject().put("start", -4).put("end", 2); // not an offset of the text: left out
        }
        c.putObject("reference").put("statementId", "71-s-1");
        ANALYSIS.get("/api/clusters/c-7", M.writeValueAsString(c));

        String html = given().header("Accept-Language", "en").get("/clusters/c-7").then().statusCode(200).extract().asString();
        String body = html.substring(html.indexOf("id=\"h-renderings\""), html.indexOf("id=\"audit\""));
        // the shared words marked in every rendering, the reference's markup shown as text around its mark
        assertTrue(body.contains("&lt;b&gt;<mark class=\"shared\">Fähre</mark>&lt;/b&gt;"), body);
        assertEquals(3, count(body, "<mark class=\"shared\">Wittholm</mark>"), body);
        assertTrue(body.contains("<ins><mark class=\"shared\">fahre</mark></ins>"), "a word of the diffed rendering: " + body);
        assertTrue(body.contains("<mark class=\"shared\">ferry</mark>"), "a translated word: " + body);
        assertTrue(body.contains("<mark class=\"shared\">&lt;i&gt;Monday&lt;/i&gt;</mark>"), "text inside a mark escaped: " + body);
        // words not shared stay unmarked, data never becomes markup
        assertFalse(body.contains("<mark class=\"shared\">nach</mark>") || body.contains("<mark class=\"shared\">Die</mark>"), body);
        assertFalse(html.contains("<script>alert") || html.contains("<b>Fähre") || html.contains("<i>Monday"), body);
        assertTrue(html.contains("words shared with the reference"), "the legend says what the marks are");
        // an analysis-service that sends no offsets: no marks but the legend's
        String older = given().header("Accept-Language", "en").get("/clusters/c-1").then().statusCode(200).extract().asString();
        assertEquals(1, count(older, "<mark class=\"shared\">"), "only the legend");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }

    @Test
    void reviewerGetsRegroupFormsAnonymousDoesNot() {
        assertFalse(given().get("/clusters/c-1").asString().contains("class=\"merge-form\""), "anonymous readers see no write forms");
        Response page = given().get("/login");
        String cookie = page.getCookie("whosaid_csrf");
        String[] b = login(cookie, token(page.asString()));
        String session = b[0];
        cookie = b[1];
        String html = given().cookie("whosaid_csrf", cookie).cookie("whosaid_session", session).header("Accept-Language", "en")
                .get("/clusters/c-1").then().statusCode(200).extract().asString();
        for (String form : new String[]{"merge-form", "related-form", "split-form"}) {
            assertTrue(html.contains("class=\"" + form + "\""), form);
        }
        assertTrue(html.contains("name=\"statementIds\" value=\"s-4\""), "split offers each rendering");
        assertTrue(html.contains("value=\"move\""), "each rendering can be moved");
        assertTrue(ANALYSIS.last("GET", "/api/clusters/c-1").query().contains("size=30"), "renderings are paged");
    }

    @Test
    void mergeMoveSplitAndRelatedAreForwardedWithTheirTargets() throws Exception {
        Response page = given().get("/login");
        String cookie = page.getCookie("whosaid_csrf");
        String[] b = login(cookie, token(page.asString()));
        String session = b[0];
        cookie = b[1];
        String token = b[2];
        ANALYSIS.on("POST", "/api/clusters/c-1/decisions", 200, "{\"id\":12,\"statements\":[]}");
        // merge: the service answers the cluster that received the statements; the browser is sent there
        given().redirects().follow(false).cookie("whosaid_csrf", cookie).cookie("whosaid_session", session)
                .formParam("_csrf", token).formParam("kind", "merge").formParam("targetClusterId", " 12 ")
                .post("/clusters/c-1/decision").then().statusCode(303).header("Location", containsString("/clusters/12#audit"));
        JsonNode sent = M.readTree(ANALYSIS.last("POST", "/api/clusters/c-1/decisions").body());
        assertEquals("merge", sent.get("action").asText());
        assertEquals(12, sent.get("targetClusterId").asLong());
        assertEquals("admin", ANALYSIS.last("POST", "/api/clusters/c-1/decisions").header("X-Whosaid-User"));
        // move one rendering
        given().redirects().follow(false).cookie("whosaid_csrf", cookie).cookie("whosaid_session", session)
                .formParam("_csrf", token).formParam("kind", "move").formParam("statementId", "s-4").formParam("targetClusterId", "7")
                .post("/clusters/c-1/decision").then().statusCode(303);
        sent = M.readTree(ANALYSIS.last("POST", "/api/clusters/c-1/decisions").body());
        assertEquals("move", sent.get("action").asText());
        assertEquals("s-4", sent.get("statementId").asText());
        assertEquals(7, sent.get("targetClusterId").asLong());
        // split two renderings off
        given().redirects().follow(false).cookie("whosaid_csrf", cookie).cookie("whosaid_session", session)
                .formParam("_csrf", token).formParam("kind", "split").formParam("statementIds", "s-1", "s-4")
                .post("/clusters/c-1/decision").then().statusCode(303);
        sent = M.readTree(ANALYSIS.last("POST", "/api/clusters/c-1/decisions").body());
        assertEquals("split", sent.get("action").asText());
        assertEquals("[\"s-1\",\"s-4\"]", sent.get("statementIds").toString());
        // related
        given().redirects().follow(false).cookie("whosaid_csrf", cookie).cookie("whosaid_session", session)
                .formParam("_csrf", token).formParam("kind", "related").formParam("targetClusterId", "5").formParam("note", "same hearing")
                .post("/clusters/c-1/decision").then().statusCode(303);
        sent = M.readTree(ANALYSIS.last("POST", "/api/clusters/c-1/decisions").body());
        assertEquals("related", sent.get("action").asText());
        assertEquals("same hearing", sent.get("note").asText());
        // bad input is refused here and nothing is sent on
        int before = ANALYSIS.requests().size();
        given().cookie("whosaid_csrf", cookie).cookie("whosaid_session", session).formParam("_csrf", token)
                .formParam("kind", "merge").formParam("targetClusterId", "12; drop").post("/clusters/c-1/decision").then().statusCode(400);
        given().cookie("whosaid_csrf", cookie).cookie("whosaid_session", session).formParam("_csrf", token)
                .formParam("kind", "split").post("/clusters/c-1/decision").then().statusCode(400);
        given().cookie("whosaid_csrf", cookie).cookie("whosaid_session", session).formParam("_csrf", token)
                .formParam("kind", "move").formParam("targetClusterId", "7").post("/clusters/c-1/decision").then().statusCode(400);
        assertEquals(before, ANALYSIS.requests().size(), "nothing sent downstream");
        // no CSRF token: refused
        given().cookie("whosaid_session", session).formParam("kind", "merge").formParam("targetClusterId", "12")
                .post("/clusters/c-1/decision").then().statusCode(403);
    }

    @Test
    void searchSaysMoreThanWhenTheServiceCappedTheCount() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0) items.append(',');
            items.append("{\"id\":\"9-s-").append(i).append("\",\"form\":\"Direct\",\"articleId\":9,\"quote\":{\"text\":\"Deich ").append(i).append("\"}}");
        }
        ANALYSIS.get("/api/statements", "{\"items\":[" + items + "],\"total\":1000,\"page\":0,\"size\":20,\"totalCapped\":true}");
        String html = given().header("Accept-Language", "en").get("/search?q=deich&page=49").then().statusCode(200).extract().asString();
        assertTrue(html.contains("more than 1,000 renderings found"), html);
        assertTrue(html.contains("page=50"), "a next page while pages are full");
    }

    @Test
    @Order(Integer.MAX_VALUE) // locks this client address out of logging in: last
    void loginRejectsWrongPasswordsAndLimitsAttempts() {
        Response page = given().get("/login");
        String cookie = page.getCookie("whosaid_csrf");
        String token = token(page.asString());
        for (int i = 0; i < 5; i++) {
            given().cookie("whosaid_csrf", cookie).formParam("_csrf", token).formParam("username", "mallory")
                    .formParam("password", "wrong-" + i).post("/login").then().statusCode(401);
        }
        given().cookie("whosaid_csrf", cookie).formParam("_csrf", token).formParam("username", "mallory")
                .formParam("password", "whatever").post("/login").then().statusCode(429);
    }

    @Test
    void searchPassesFiltersAndBuildsShareableUrls() {
        String html = given().get("/search?q=Deich&outlet=K%C3%BCstenbote&form=Direct&hasConflict=true&from=2026-03-01&to=not-a-date")
                .then().statusCode(200).extract().asString();
        FakeApi.Request r = ANALYSIS.last("GET", "/api/statements");
        assertTrue(r.query().contains("q=Deich") && r.query().contains("form=Direct") && r.query().contains("hasConflict=true")
                && r.query().contains("from=2026-03-01"), r.query());
        assertFalse(r.query().contains("not-a-date"), "invalid dates are not sent on");
        assertTrue(html.contains("/search/export.csv?q=Deich"), "export link keeps the filters");
        assertTrue(html.contains("Der Deich bei Lünsen"));
    }

    @Test
    void searchSortsByDateOrOutletsAndKeepsTheOrderInItsLinks() {
        String html = given().header("Accept-Language", "de").get("/search?q=Deich&sort=outlets").then().statusCode(200)
                .extract().asString();
        assertTrue(ANALYSIS.last("GET", "/api/statements").query().contains("sort=outlets"));
        assertTrue(html.contains("<option value=\"outlets\" selected>meiste Medien zuerst</option>"), "the chosen order shown");
        assertTrue(html.contains("/search/export.csv?q=Deich&amp;sort=outlets") || html.contains("/search/export.csv?q=Deich&sort=outlets"),
                "export and pager links keep the order");
        given().get("/search?q=Deich&sort=oldest").then().statusCode(200);
        assertTrue(ANALYSIS.last("GET", "/api/statements").query().contains("sort=oldest"));
        // the default and an unknown order are not sent on: the API's default is newest first
        String en = given().header("Accept-Language", "en").get("/search?q=Deich&sort=loudest").then().statusCode(200)
                .extract().asString();
        assertFalse(ANALYSIS.last("GET", "/api/statements").query().contains("sort="));
        assertTrue(en.contains("<option value=\"newest\" selected>newest first</option>"), "newest first is the default");
    }

    @Test
    void speakersListShowsKindAndStatementCountInTheApisOrder() {
        ANALYSIS.get("/api/speakers", """
            {"items":[{"entityId":"p-vogt","name":"Hanna Vogt","kind":"person","aliases":[{"spelling":"H. Vogt","mentions":1}],
                       "roles":[],"statementCount":1200,"articleCount":2,"conflicts":[]},
                      {"entityId":"p-deich","name":"Deichverband Lünsen","kind":"organisation","aliases":[],"roles":[],
                       "statementCount":3,"articleCount":1,"conflicts":[]}],
             "total":2,"page":0,"size":20}""");
        String html = given().header("Accept-Language", "en").get("/speakers?q=Vogt").then().statusCode(200).extract().asString();
        assertTrue(html.indexOf("Hanna Vogt") < html.indexOf("Deichverband Lünsen"), "most statements first, as the API sorts");
        assertTrue(html.contains("<td>person</td>") && html.contains("<td>organisation</td>"), "kind column: " + html);
        assertTrue(html.contains("<td>1,200</td>"), "statement count");
        assertTrue(ANALYSIS.last("GET", "/api/speakers").query().contains("q=Vogt"));
        String de = given().header("Accept-Language", "de").get("/speakers").then().statusCode(200).extract().asString();
        assertTrue(de.contains("<td>Organisation</td>") && de.contains("<td>1.200</td>"), "German labels and numbers");
    }

    @Test
    void speakerPageShowsSpellingsRolesStatementsAndConflicts() {
        ANALYSIS.get("/api/speakers/p-vogt", """
            {"entityId":"p-vogt","name":"Hanna Vogt","kind":"PERSON","aliases":[{"spelling":"Hanna Vogt","mentions":3},{"spelling":"H. Vogt","mentions":1,"outlets":["Küstenbote","Marschblatt"]}],
             "roles":[{"role":"Bürgermeisterin","firstSeen":"2026-03-02T08:00:00Z","lastSeen":"2026-03-02T12:00:00Z","sources":[]}],
             "statementCount":2,"articleCount":2,
             "conflicts":[{"id":5,"kind":"role","subject":"Hanna Vogt","values":[{"value":"Bürgermeisterin","outlets":["Küstenbote"]},{"value":"Landrätin","outlets":["Marschblatt"]}],"clusterId":null}]}""");
        String html = given().header("Accept-Language", "en").get("/speakers/p-vogt").then().statusCode(200).extract().asString();
        assertTrue(html.contains("H. Vogt <span class=\"meta\">(Küstenbote, Marschblatt)</span>"), "spellings with the outlets that wrote them: " + html);
        assertTrue(html.contains("Bürgermeisterin (2 Mar 2026, 09:00 CET"), "role over time, in the page zone: " + html);
        assertTrue(html.contains("“Bürgermeisterin” (Küstenbote) vs. “Landrätin” (Marschblatt)"), "conflict about the person");
        assertTrue(html.contains("Der Deich bei Lünsen wird bis Mai fertig."), "statements");
        assertTrue(ANALYSIS.last("GET", "/api/statements").query().contains("entityId=p-vogt"));
    }

    @Test
    void storyPageShowsOutletsTimelineAndClusters() {
        ANALYSIS.get("/api/stories/3", """
            {"id":3,"title":"Deich bei Lünsen","firstPublished":"2026-03-02T08:00:00Z","lastPublished":"2026-03-02T17:00:00Z",
             "outlets":["Küstenbote","Marschblatt"],"articleCount":2,"clusterCount":1,
             "articles":[{"id":9,"title":"Lünsen: Deich bald fertig","outlet":"Marschblatt","publishedAt":"2026-03-02T12:30:00Z","statementCount":2},
                         {"id":7,"title":"Deich soll im Mai fertig sein","outlet":"Küstenbote","publishedAt":"2026-03-02T08:00:00Z","statementCount":3}],
             "clusters":[{"id":1,"speaker":{"name":"Hanna Vogt","entityId":"p-vogt"},"excerpt":"Der neue Deich wird im Mai fertig","statementCount":3,"outletCount":3,"hasConflict":true,"reviewStatus":"unverified"}]}""");
        String html = given().header("Accept-Language", "en").get("/stories/3").then().statusCode(200).extract().asString();
        assertTrue(html.indexOf("Deich soll im Mai fertig sein") < html.indexOf("Lünsen: Deich bald fertig"), "timeline in time order");
        assertTrue(html.contains("Marschblatt") && html.contains("Küstenbote"));
        assertTrue(html.contains("href=\"/clusters/1\"") && html.contains("3 outlets") && html.contains("badge conflict"), html);
    }

    @Test
    void htmxAndStylesAreServedLocally() {
        given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200);
        given().get("/static/whosaid.css").then().statusCode(200).header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    @Test
    void unknownArticleIs404Page() {
        given().get("/articles/999").then().statusCode(404).body(not(containsString("Exception")));
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "form has a CSRF field");
        return m.group(1);
    }

    /** Logs in as admin: {session cookie, the new CSRF cookie the login set, the form token of a page opened after it}. */
    static String[] login(String csrfCookie, String token) {
        Response r = given().redirects().follow(false).cookie("whosaid_csrf", csrfCookie).formParam("_csrf", token)
                .formParam("username", "admin").formParam("password", "test-web-admin-pw").formParam("next", "/")
                .post("/login");
        assertEquals(303, r.statusCode(), r.asString());
        String session = r.getCookie("whosaid_session");
        String csrf = r.getCookie("whosaid_csrf");
        assertNotNull(csrf, "the login sets a new CSRF cookie");
        assertNotEquals(csrfCookie, csrf, "the CSRF cookie from before the login is not kept");
        String html = given().cookie("whosaid_csrf", csrf).cookie("whosaid_session", session).get("/login").asString();
        return new String[]{session, csrf, token(html)};
    }
}
