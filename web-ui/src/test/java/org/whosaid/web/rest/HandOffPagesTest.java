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
 * An admin sees the articles the ingest-service could not hand off, with the last error, and retries or dismisses one;
 * anonymous visitors are sent to the login page, and nothing is sent downstream without the form's token.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class HandOffPagesTest {
    static final FakeApi INGEST = FakeServices.INGEST;

    @BeforeEach
    void data() {
        INGEST.start();
        INGEST.get("/api/outbox/failed", """
            {"items":[{"id":41,"articleId":9,"version":2,"kind":"analyse","status":"failed","attempts":8,
              "lastError":"analysis-service answered 400: language <b>xx</b> not supported","createdAt":"2026-03-02T09:00:00Z"}],
             "total":1,"page":0,"size":20}""");
        INGEST.on("POST", "/api/outbox/41/retry", 200, "{\"id\":41,\"status\":\"pending\"}");
        INGEST.on("DELETE", "/api/outbox/41", 200, "{\"id\":41,\"status\":\"dismissed\"}");
    }

    @Test
    void anAdminSeesTheFailedHandOffAndRetriesAndDismissesIt() {
        given().redirects().follow(false).get("/admin/handoffs").then().statusCode(303);
        Response page = given().get("/login");
        String[] b = PagesTest.login(page.getCookie("whosaid_csrf"), PagesTest.token(page.asString()));
        String html = given().cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).header("Accept-Language", "de")
                .get("/admin/handoffs").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<a href=\"/articles/9\">9</a> (v2)"), html);
        assertTrue(html.contains("language &lt;b&gt;xx&lt;/b&gt; not supported"), "the error is shown, escaped: " + html);
        assertTrue(html.contains("Erneut versuchen") && html.contains("Verwerfen"), html);
        assertFalse(html.contains(">Retry<"), "German page, German words");
        assertEquals("Bearer test-admin-key", INGEST.last("GET", "/api/outbox/failed").header("Authorization"));

        given().cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).formParam("_csrf", b[2] + "x")
                .post("/admin/handoffs/41/retry").then().statusCode(403);
        assertNull(INGEST.last("POST", "/api/outbox/41/retry"), "nothing sent with a wrong token");
        given().redirects().follow(false).cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).formParam("_csrf", b[2])
                .post("/admin/handoffs/41/retry").then().statusCode(303);
        assertNotNull(INGEST.last("POST", "/api/outbox/41/retry"));
        given().redirects().follow(false).cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).formParam("_csrf", b[2])
                .post("/admin/handoffs/41/dismiss").then().statusCode(303);
        assertEquals("Bearer test-admin-key", INGEST.last("DELETE", "/api/outbox/41").header("Authorization"));
    }

    @Test
    void noFailedHandOffsIsTheEmptyStateWithoutAnEmptyCounter() {
        INGEST.get("/api/outbox/failed", "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}");
        Response page = given().get("/login");
        String[] b = PagesTest.login(page.getCookie("whosaid_csrf"), PagesTest.token(page.asString()));
        String html = given().cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0]).header("Accept-Language", "en")
                .get("/admin/handoffs").then().statusCode(200).extract().asString();
        assertTrue(html.contains("No failed hand-offs."), html);
        assertFalse(html.contains("<table"), html);
        assertFalse(html.contains("class=\"pager\""), "no \"0–0 of 0\" under the empty state: " + html);
    }
}
