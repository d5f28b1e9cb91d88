package org.whosaid.web.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.web.fake.FakeServices;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 15, web-ui: a page number past whosaid.web.max-page is a 400 page naming the limit (was 502), asked of no service. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class HostileInputTest {

    /**
     * Sends only the head of a POST that declares {@code length} body bytes (as curl and browsers that wait for
     * {@code 100 Continue} do) with the given extra header lines, and returns the answer's head, its body, and "closed"
     * when the server then closed the connection instead of waiting for the body (else "open").
     */
    static String[] postHead(String path, long length, String headers) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            while (!head.toString(java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                org.junit.jupiter.api.Assertions.assertTrue(b >= 0, "an HTTP answer: " + head);
                head.write(b);
            }
            String h = head.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(h);
            org.junit.jupiter.api.Assertions.assertTrue(m.find(), h);
            String body = new String(in.readNBytes(Integer.parseInt(m.group(1))), java.nio.charset.StandardCharsets.UTF_8);
            s.setSoTimeout(5_000);
            String closed;
            try {
                closed = in.read() < 0 ? "closed" : "open";
            } catch (java.net.SocketTimeoutException e) {
                closed = "open";
            }
            return new String[] {h, body, closed};
        }
    }

    /** Left open from issue 15: an upload over quarkus.http.limits.max-body-size got 413 with an empty body. */
    @Test
    void anUploadOverTheHttpLayerLimitIs413WithAPageOrJsonNamingTheKey() throws Exception {
        int before = FakeServices.INGEST.requests().size();
        long over = 20L * 1024 * 1024 + 1; // quarkus.http.limits.max-body-size=20M

        String[] page = postHead("/ingest/upload", over, "Accept: text/html,application/xhtml+xml\r\nAccept-Language: de-DE,de;q=0.9\r\n");
        org.junit.jupiter.api.Assertions.assertTrue(page[0].startsWith("HTTP/1.1 413"), page[0]);
        org.junit.jupiter.api.Assertions.assertTrue(page[0].toLowerCase(java.util.Locale.ROOT).contains("content-type: text/html"), page[0]);
        org.junit.jupiter.api.Assertions.assertTrue(page[1].contains("Zu groß") && page[1].contains("20.971.521 Bytes")
                && page[1].contains("20.971.520 Bytes") && page[1].contains("quarkus.http.limits.max-body-size=20M"), page[1]);
        org.junit.jupiter.api.Assertions.assertEquals("closed", page[2], "the server does not wait for a body it refused");

        String[] json = postHead("/ingest/upload", over, "Accept: application/json\r\n");
        org.junit.jupiter.api.Assertions.assertTrue(json[0].startsWith("HTTP/1.1 413"), json[0]);
        io.restassured.path.json.JsonPath body = io.restassured.path.json.JsonPath.from(json[1]);
        org.junit.jupiter.api.Assertions.assertEquals("too-large", body.getString("error"));
        org.junit.jupiter.api.Assertions.assertTrue(body.getString("detail").contains("quarkus.http.limits.max-body-size=20M")
                && body.getString("detail").contains("20971520 bytes"), body.getString("detail"));

        org.junit.jupiter.api.Assertions.assertEquals(before, FakeServices.INGEST.requests().size(), "nothing was sent to the ingest-service");
        given().get("/q/health/live").then().statusCode(200);
        given().get("/login").then().statusCode(200);
    }

    @Test
    void storedNonWebUrlsAreShownAsTextNotLinks() {
        String t = "„Wir kommen“, sagte Anna Berg.";
        FakeServices.INGEST.get("/api/articles/77", "{\"id\":77,\"title\":\"Hafen\",\"outlet\":\"Kurier\",\"url\":\"javascript:alert(1)\","
                + "\"text\":\"" + t + "\",\"version\":1,\"analysisStatus\":\"done\"}");
        FakeServices.ANALYSIS.get("/api/articles/77/statements", "{\"items\":[],\"total\":0,\"page\":0,\"size\":200}");
        FakeServices.ANALYSIS.get("/api/articles/77", "{\"id\":77,\"version\":1,\"text\":\"" + t + "\"}");
        String html = given().get("/articles/77").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(html.contains("href=\"javascript:"), "no javascript: link");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("url-text"), "the URL is shown as text");
    }

    @Test
    void redirectsAndExportsIgnoreTheHostHeader() {
        String loc = given().redirects().follow(false).header("Host", "evil.example").get("/admin/users")
                .then().statusCode(303).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertFalse(loc.contains("evil.example"), loc);
        org.junit.jupiter.api.Assertions.assertTrue(loc.startsWith("/login"), loc);
    }

    @jakarta.inject.Inject
    org.whosaid.web.security.LoginLimiter limiter;

    @Test
    void wrongPasswordsLockOnlyThatUserAtThatAddress() {
        for (int i = 0; i < 5; i++) {
            limiter.failed("203.0.113.7", "admin");
        }
        org.junit.jupiter.api.Assertions.assertTrue(limiter.blocked("203.0.113.7", "admin"));
        org.junit.jupiter.api.Assertions.assertFalse(limiter.blocked("198.51.100.2", "admin"), "admin elsewhere is not locked out");
        org.junit.jupiter.api.Assertions.assertFalse(limiter.blocked("203.0.113.7", "erika"), "another user there is not locked");
        for (int i = 0; i < 15; i++) {
            limiter.failed("203.0.113.7", "user" + i);
        }
        org.junit.jupiter.api.Assertions.assertTrue(limiter.blocked("203.0.113.7", "erika"), "spraying from one address is limited");
    }

    /** The browser's cookies and the form token of its last page. */
    record Browser(String csrfCookie, String session, String token) {}

    private static String token(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "form has a CSRF field");
        return m.group(1);
    }

    /** Logs in as admin like a browser: the login form's cookie and token, then the cookies the login answer sets. */
    private static Browser login() {
        io.restassured.response.Response form = given().get("/login");
        String csrf = form.getCookie("whosaid_csrf");
        io.restassured.response.Response r = given().redirects().follow(false).cookie("whosaid_csrf", csrf)
                .formParam("_csrf", token(form.asString())).formParam("username", "admin").formParam("password", "test-web-admin-pw")
                .formParam("next", "/").post("/login");
        org.junit.jupiter.api.Assertions.assertEquals(303, r.statusCode(), r.asString());
        String rotated = r.getCookie("whosaid_csrf");
        return page(new Browser(rotated == null ? csrf : rotated, r.getCookie("whosaid_session"), null));
    }

    /** Opens a page with the browser's cookies and keeps its form token. */
    private static Browser page(Browser b) {
        String html = given().cookie("whosaid_csrf", b.csrfCookie()).cookie("whosaid_session", b.session()).get("/login").asString();
        return new Browser(b.csrfCookie(), b.session(), token(html));
    }

    @Test
    void aCopiedSessionCookieStopsWorkingAtLogout() {
        Browser b = login();
        given().cookie("whosaid_session", b.session()).get("/admin/users").then().statusCode(200);
        given().redirects().follow(false).cookie("whosaid_csrf", b.csrfCookie()).cookie("whosaid_session", b.session())
                .formParam("_csrf", b.token()).post("/logout").then().statusCode(303);
        // the attacker replays the copied cookie: the login page, not the admin page
        String loc = given().redirects().follow(false).cookie("whosaid_session", b.session()).get("/admin/users")
                .then().statusCode(303).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(loc.startsWith("/login"), loc);
        // and a write with a fresh token for that cookie is sent to the login page too; no user is added
        Browser replay = page(b);
        loc = given().redirects().follow(false).cookie("whosaid_csrf", replay.csrfCookie()).cookie("whosaid_session", replay.session())
                .formParam("_csrf", replay.token()).formParam("username", "mallory").formParam("role", "admin")
                .formParam("password", "mallory-pw-123456").post("/admin/users").then().statusCode(303).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(loc.startsWith("/login"), loc);
        Browser fresh = login();
        String users = given().cookie("whosaid_session", fresh.session()).get("/admin/users").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(users.contains("mallory"), "nothing was stored");
    }

    @Test
    void aCsrfTokenFromBeforeTheLoginIsRefusedAfterIt() {
        // the attacker plants a CSRF cookie of their choosing and gets its token from the login page
        String planted = "planted-by-the-attacker-0123456789";
        String preLoginToken = token(given().cookie("whosaid_csrf", planted).get("/login").asString());
        // the victim logs in with that cookie: the answer replaces it
        io.restassured.response.Response r = given().redirects().follow(false).cookie("whosaid_csrf", planted)
                .formParam("_csrf", preLoginToken).formParam("username", "admin").formParam("password", "test-web-admin-pw")
                .formParam("next", "/").post("/login");
        org.junit.jupiter.api.Assertions.assertEquals(303, r.statusCode(), r.asString());
        String session = r.getCookie("whosaid_session");
        String rotated = r.getCookie("whosaid_csrf");
        org.junit.jupiter.api.Assertions.assertNotNull(rotated, "the login sets a new CSRF cookie");
        org.junit.jupiter.api.Assertions.assertNotEquals(planted, rotated, "the planted cookie is not adopted");
        // the attacker's form with the pre-login token: 403 saying why, with the planted cookie (re-planted) or the new one
        for (String cookie : List.of(planted, rotated)) {
            given().header("Accept-Language", "en").cookie("whosaid_csrf", cookie).cookie("whosaid_session", session)
                    .formParam("_csrf", preLoginToken).formParam("username", "mallory").formParam("role", "admin")
                    .formParam("password", "mallory-pw-123456").post("/admin/users")
                    .then().statusCode(403).body(containsString("opened before you logged in"));
        }
        // the victim's own form, opened after the login, still works
        Browser b = page(new Browser(rotated, session, null));
        given().redirects().follow(false).cookie("whosaid_csrf", b.csrfCookie()).cookie("whosaid_session", b.session())
                .formParam("_csrf", b.token()).formParam("username", "erika").formParam("role", "reviewer")
                .formParam("password", "erika-pw-123456").post("/admin/users").then().statusCode(303);
        String users = given().cookie("whosaid_session", session).get("/admin/users").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(users.contains("mallory"), "nothing was stored for the attacker");
        org.junit.jupiter.api.Assertions.assertTrue(users.contains("erika"), "the real form post was stored");
    }

    @Test
    void hugePageNumbersAre400PagesNaming() {
        for (String page : List.of("/articles", "/clusters", "/speakers", "/stories", "/search?q=hafen&")) {
            String url = page + (page.contains("?") ? "" : "?") + "page=2147483647";
            given().get(url).then().statusCode(400).body(containsString("page must be at most 100000"));
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
