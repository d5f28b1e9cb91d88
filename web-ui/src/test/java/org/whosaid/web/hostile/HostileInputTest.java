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

    /** Writes a request's body (or nothing) after its head. */
    interface BodyWriter {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * Sends only the head of a POST that declares {@code length} body bytes (as curl and browsers that wait for
     * {@code 100 Continue} do) with the given extra header lines, and returns the answer's head, its body, and "closed"
     * when the server then closed the connection instead of waiting for the body (else "open").
     */
    static String[] postHead(String path, long length, String headers) throws java.io.IOException {
        return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                + "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + length + "\r\n\r\n", out -> { });
    }

    /**
     * Sends a raw request on a fresh connection (a plain socket: no client adds or checks anything) and returns the
     * answer's head, its body (empty without Content-Length), and "closed" when the server then closed the connection
     * (else "open").
     */
    static String[] exchange(String head, BodyWriter body) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            s.setSoTimeout(60_000);
            java.io.OutputStream out = new java.io.BufferedOutputStream(s.getOutputStream(), 65536);
            out.write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(out);
            out.flush();
            java.io.InputStream in = s.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            while (!answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                org.junit.jupiter.api.Assertions.assertTrue(b >= 0, "an HTTP answer: " + answer);
                answer.write(b);
            }
            String h = answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(h);
            String text = m.find()
                    ? new String(in.readNBytes(Integer.parseInt(m.group(1))), java.nio.charset.StandardCharsets.UTF_8) : "";
            s.setSoTimeout(5_000);
            String closed;
            try {
                closed = in.read() < 0 ? "closed" : "open";
            } catch (java.net.SocketTimeoutException e) {
                closed = "open";
            }
            return new String[] {h, text, closed};
        }
    }

    /**
     * The answer is {@code status}, as a page in German naming {@code setting} for a browser ({@code page}) or as
     * {error, detail} naming it, and the connection is closed; the web UI is ready afterwards.
     */
    private static void assertRefused(String[] r, int status, boolean page, String title, String error, String setting) {
        org.junit.jupiter.api.Assertions.assertTrue(r[0].startsWith("HTTP/1.1 " + status), r[0]);
        String type = r[0].toLowerCase(java.util.Locale.ROOT);
        if (page) {
            org.junit.jupiter.api.Assertions.assertTrue(type.contains("content-type: text/html"), r[0]);
            org.junit.jupiter.api.Assertions.assertTrue(r[1].contains(title) && r[1].contains(setting), r[1]);
        } else {
            org.junit.jupiter.api.Assertions.assertTrue(type.contains("content-type: application/json"), r[0]);
            io.restassured.path.json.JsonPath body = io.restassured.path.json.JsonPath.from(r[1]);
            org.junit.jupiter.api.Assertions.assertEquals(error, body.getString("error"), r[1]);
            org.junit.jupiter.api.Assertions.assertTrue(body.getString("detail").contains(setting), r[1]);
        }
        org.junit.jupiter.api.Assertions.assertEquals("closed", r[2]);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static final String BROWSER = "Accept: text/html,application/xhtml+xml\r\nAccept-Language: de-DE,de;q=0.9\r\n";
    private static final String SCRIPT = "Accept: */*\r\n"; // as curl sends it

    @Test
    void aRequestLineOverItsLimitIs414WithAPageOrJsonNamingTheKey() throws Exception {
        int before = FakeServices.INGEST.requests().size();
        String query = "?q=" + "a".repeat(5000); // request line > 4096 bytes, below the transport backstop
        for (String accept : List.of(BROWSER, SCRIPT)) {
            String[] r = exchange("POST /ingest/text" + query + " HTTP/1.1\r\nHost: localhost\r\n" + accept
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\ntext=x", out -> { });
            assertRefused(r, 414, accept == BROWSER, "Adresse zu lang", "uri-too-long", "whosaid.http.max-initial-line-length=4096");
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, FakeServices.INGEST.requests().size(), "nothing was sent to the ingest-service");
        String[] ok = exchange("GET /login?x=a HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + BROWSER + "\r\n", out -> { });
        org.junit.jupiter.api.Assertions.assertTrue(ok[0].startsWith("HTTP/1.1 200"), "a short line: " + ok[0]);
    }

    @Test
    void headersOverTheirLimitAre431WithAPageOrJsonNamingTheKey() throws Exception {
        int before = FakeServices.INGEST.requests().size();
        String big = "Cookie: pad=" + "a".repeat(25_000) + "\r\n"; // > 20K of headers, below the transport backstop
        for (String accept : List.of(BROWSER, SCRIPT)) {
            String[] r = exchange("POST /ingest/text HTTP/1.1\r\nHost: localhost\r\n" + accept + big
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\ntext=x", out -> { });
            assertRefused(r, 431, accept == BROWSER, "Anfrage-Header zu groß", "headers-too-large", "whosaid.http.max-header-size=20480");
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, FakeServices.INGEST.requests().size(), "nothing was sent to the ingest-service");
        String small = "Cookie: pad=" + "a".repeat(1000) + "\r\n";
        String[] ok = exchange("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + BROWSER + small + "\r\n", out -> { });
        org.junit.jupiter.api.Assertions.assertTrue(ok[0].startsWith("HTTP/1.1 200"), "small headers: " + ok[0]);
    }

    @Test
    void aChunkedUploadOverTheHttpLayerLimitIs413WithAPageOrJsonNamingTheKey() throws Exception {
        int before = FakeServices.INGEST.requests().size();
        long over = 20L * 1024 * 1024 + 1; // quarkus.http.limits.max-body-size=20M
        byte[] mib = "a".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] part = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        BodyWriter upload = out -> { // the part's head, then file bytes up to one byte over the limit, in chunks
            for (long sent = 0; sent < over; ) {
                byte[] data = sent == 0 ? part : mib;
                int n = (int) Math.min(data.length, over - sent);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(data, 0, n);
                out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sent += n;
            }
        };
        for (String accept : List.of(BROWSER, SCRIPT)) {
            String[] r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                    () -> exchange("POST /ingest/upload HTTP/1.1\r\nHost: localhost\r\n" + accept
                            + "Content-Type: multipart/form-data; boundary=XYZ\r\nTransfer-Encoding: chunked\r\n\r\n", upload));
            assertRefused(r, 413, accept == BROWSER, "Zu groß", "too-large", "quarkus.http.limits.max-body-size=20M");
        }
        org.junit.jupiter.api.Assertions.assertEquals(before, FakeServices.INGEST.requests().size(), "nothing was sent to the ingest-service");
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
