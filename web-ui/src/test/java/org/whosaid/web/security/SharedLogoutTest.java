package org.whosaid.web.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeApi;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A logout on one replica ends the session on all of them: it is posted to the analysis-service's shared list, and a
 * session another replica listed there is refused here after the next refresh.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class SharedLogoutTest {
    static final FakeApi ANALYSIS = FakeServices.ANALYSIS;

    @Inject RevokedSessions revoked;

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "form has a CSRF field");
        return m.group(1);
    }

    /** {session cookie, csrf cookie, form token} of a fresh admin login */
    private static String[] login() {
        Response form = given().get("/login");
        Response r = given().redirects().follow(false).cookie("whosaid_csrf", form.getCookie("whosaid_csrf"))
                .formParam("_csrf", token(form.asString())).formParam("username", "admin").formParam("password", "test-web-admin-pw")
                .formParam("next", "/").post("/login");
        assertEquals(303, r.statusCode(), r.asString());
        String csrf = r.getCookie("whosaid_csrf");
        String html = given().cookie("whosaid_csrf", csrf).cookie("whosaid_session", r.getCookie("whosaid_session")).get("/login").asString();
        return new String[] {r.getCookie("whosaid_session"), csrf, token(html)};
    }

    private static String nonce(String sessionCookie) {
        String payload = new String(Base64.getUrlDecoder().decode(sessionCookie.substring(0, sessionCookie.indexOf('.'))), StandardCharsets.UTF_8);
        return payload.split("\n")[3];
    }

    @Test
    void aLogoutIsPostedToTheSharedList() {
        ANALYSIS.start();
        ANALYSIS.on("POST", "/api/admin/revoked-sessions", 204, "");
        String[] b = login();
        given().redirects().follow(false).cookie("whosaid_csrf", b[1]).cookie("whosaid_session", b[0])
                .formParam("_csrf", b[2]).post("/logout").then().statusCode(303);
        FakeApi.Request sent = ANALYSIS.last("POST", "/api/admin/revoked-sessions");
        assertNotNull(sent, "the logout reached the shared list");
        assertEquals("Bearer test-admin-key", sent.header("Authorization"));
        assertTrue(sent.body().contains("\"nonce\":\"" + nonce(b[0]) + "\""), sent.body());
    }

    @Test
    void aSessionEndedOnAnotherReplicaIsRefusedAfterTheRefresh() {
        ANALYSIS.start();
        String[] b = login();
        given().redirects().follow(false).cookie("whosaid_session", b[0]).get("/admin/users").then().statusCode(200);
        ANALYSIS.get("/api/admin/revoked-sessions", "{\"items\":[{\"nonce\":\"" + nonce(b[0]) + "\",\"expires\":"
                + (Instant.now().getEpochSecond() + 3600) + ",\"revokedAt\":\"2026-03-02T09:00:00Z\"}],\"total\":1,\"page\":0,\"size\":1000}");
        revoked.refresh();
        String loc = given().redirects().follow(false).cookie("whosaid_session", b[0]).get("/admin/users")
                .then().statusCode(303).extract().header("Location");
        assertTrue(loc.startsWith("/login"), loc);
        FakeApi.Request read = ANALYSIS.last("GET", "/api/admin/revoked-sessions");
        assertEquals("Bearer test-admin-key", read.header("Authorization"));
    }
}
