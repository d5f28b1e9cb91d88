package org.whosaid.web.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A reviewer watches a statement from its page; the watches page lists it with its Atom feed, which points readers to
 * the web pages, not the API; stopping a watch deletes it downstream. Both need login and the form's CSRF token.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class WatchPagesTest {
    static final FakeApi ANALYSIS = FakeServices.ANALYSIS;

    @BeforeEach
    void data() {
        ANALYSIS.start();
        ANALYSIS.get("/api/watches", """
            {"items":[{"id":3,"kind":"statement","target":"12","label":"Hanna Vogt: Statement 12","createdAt":"2026-03-02T09:00:00Z",
              "feed":"/api/watches/3/feed","webhook":{"url":"https://hooks.example/w","failures":2,"lastError":"HTTP 500"}},
             {"id":2,"kind":"speaker","target":"p-7","label":"Hanna Vogt","createdAt":"2026-03-01T09:00:00Z","feed":"/api/watches/2/feed","webhook":null}],
             "total":2,"page":0,"size":20}""");
        ANALYSIS.on("POST", "/api/watches", 201, "{\"id\":4,\"kind\":\"statement\",\"target\":\"12\"}");
        ANALYSIS.on("DELETE", "/api/watches/3", 204, "");
        ANALYSIS.get("/api/watches/3/feed", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<link rel=\"self\" href=\"http://10.0.0.5:8082/api/watches/3/feed\"/><entry><title>Marschblatt: Hanna Vogt</title>"
                + "<link rel=\"alternate\" href=\"http://10.0.0.5:8082/api/clusters/12\"/></entry></feed>");
    }

    @Test
    void theListShowsWhatIsWatchedTheFeedAndAFailingWebhookInBothLanguages() {
        String en = given().header("Accept-Language", "en").get("/watches").then().statusCode(200).extract().asString();
        assertTrue(en.contains("Statement: <a href=\"/clusters/12\">Hanna Vogt: Statement 12</a>"), en);
        assertTrue(en.contains("Speaker: <a href=\"/speakers/p-7\">Hanna Vogt</a>"), en);
        assertTrue(en.contains("href=\"/watches/3/feed.atom\"") && en.contains("failing (2): HTTP 500"), en);
        String de = given().header("Accept-Language", "de").get("/watches").then().statusCode(200).extract().asString();
        assertTrue(de.contains("Aussage: <a href=\"/clusters/12\">") && de.contains("schlägt fehl (2)"), de);
        assertFalse(de.contains("Watched") || de.contains("Stop watching"), "no English words on the German page");
    }

    @Test
    void theFeedLinksTheWebPagesNotTheInternalApi() {
        String atom = given().get("/watches/3/feed.atom").then().statusCode(200).contentType("application/atom+xml").extract().asString();
        assertTrue(atom.contains("href=\"http://localhost:8080/clusters/12\""), atom);
        assertTrue(atom.contains("href=\"http://localhost:8080/watches/3/feed.atom\""), atom);
        assertFalse(atom.contains("10.0.0.5"), "the internal address does not leak: " + atom);
    }

    @Test
    void watchingAndStoppingNeedLoginAndTheCsrfToken() {
        given().formParam("kind", "statement").formParam("target", "12").post("/watches").then().statusCode(403);
        assertNull(ANALYSIS.last("POST", "/api/watches"), "nothing sent without a token");
        Response page = given().get("/login");
        String[] b = PagesTest.login(page.getCookie("whosaid_csrf"), PagesTest.token(page.asString()));
        given().redirects().follow(false).cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0])
                .formParam("_csrf", b[2]).formParam("kind", "statement").formParam("target", "12").formParam("label", "Hanna Vogt: Statement 12")
                .post("/watches").then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/watches#w-4"));
        FakeApi.Request sent = ANALYSIS.last("POST", "/api/watches");
        assertNotNull(sent);
        assertEquals("Bearer test-admin-key", sent.header("Authorization"));
        assertTrue(sent.body().contains("\"kind\":\"statement\"") && sent.body().contains("\"target\":\"12\""), sent.body());
        given().cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).formParam("_csrf", b[2])
                .formParam("kind", "cluster").formParam("target", "12").post("/watches").then().statusCode(400);
        given().redirects().follow(false).cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).formParam("_csrf", b[2])
                .post("/watches/3/delete").then().statusCode(303);
        assertNotNull(ANALYSIS.last("DELETE", "/api/watches/3"));
    }
}
