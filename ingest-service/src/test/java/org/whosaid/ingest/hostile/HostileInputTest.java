package org.whosaid.ingest.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whosaid.ingest.support.Api.admin;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.store.Columns;
import org.whosaid.ingest.support.FakeAnalysisResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Issue 15, ingest-service: each hostile family gets a 4xx whose body names what is wrong, nothing is stored, and the
 * service stays healthy; metadata found in pages is trimmed to its column and the article kept. Timeouts are hang
 * guards, not speed targets.
 */
@QuarkusTest
@QuarkusTestResource(FakeAnalysisResource.class)
class HostileInputTest {

    private static final Duration GUARD = Duration.ofSeconds(120);

    private static long total(String list) {
        return admin().get(list + "?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static Map<String, Long> counts() {
        return Map.of("articles", total("/api/articles"), "outlets", total("/api/outlets"), "feeds", total("/api/feeds"));
    }

    private static void refused(Response r, int status, String detail) {
        r.then().statusCode(status).body("error", org.hamcrest.Matchers.notNullValue()).body("detail", containsString(detail));
    }

    @AfterEach
    void healthy() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static Map<String, Object> article(String... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("text", "„Wir öffnen den Hafen“, sagte Bürgermeisterin Ilse Brandt am Montag in Kiel. " + UUID.randomUUID());
        m.put("language", "de");
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    // ---- finding 2: values longer than their column

    @Test
    void articleFieldsLongerThanTheirColumnAre400NamingTheField() {
        Map<String, Long> before = counts();
        refused(admin().contentType("application/json").body(article("outlet", "o".repeat(Columns.ARTICLE_OUTLET + 1)))
                .post("/api/articles"), 400, "outlet is longer than 200");
        refused(admin().contentType("application/json").body(article("title", "t".repeat(Columns.ARTICLE_TITLE + 1)))
                .post("/api/articles"), 400, "title is longer than 2000");
        refused(admin().contentType("application/json").body(article("language", "de-" + "x".repeat(20)))
                .post("/api/articles"), 400, "language");
        refused(admin().contentType("application/json").body(article("url", "https://example.org/" + "p".repeat(2100)))
                .post("/api/articles"), 400, "url is longer than 2048");
        refused(admin().contentType("text/plain").queryParam("outlet", "o".repeat(201)).body("Ein Text mit Ende.")
                .post("/api/articles"), 400, "outlet is longer than 200");
        assertEquals(before, counts());
    }

    @Test
    void pageMetadataLongerThanItsColumnIsTrimmedAndTheArticleKept() {
        String html = "<html lang=\"de-" + "x".repeat(30) + "\"><head><title>" + "Titel ".repeat(600) + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + "Seite".repeat(80) + "\">"
                + "<meta name=\"author\" content=\"" + "Autorin ".repeat(200) + "\"></head><body><article>"
                + "<p>„Wir öffnen den Hafen am Montag“, sagte Bürgermeisterin Ilse Brandt in Kiel. " + UUID.randomUUID()
                + " Der Hafen war wegen des Sturms drei Tage lang geschlossen gewesen, teilte die Stadt mit.</p>"
                + "</article></body></html>";
        var r = admin().contentType("text/html").body(html).post("/api/articles").then().statusCode(201).extract().jsonPath();
        long id = r.getLong("id");
        var a = admin().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertTrue(a.getString("title").length() <= Columns.ARTICLE_TITLE, "title trimmed");
        assertTrue(a.getString("outlet").length() <= Columns.ARTICLE_OUTLET, "outlet trimmed");
        assertTrue(a.getString("language") == null || a.getString("language").length() == 2, a.getString("language"));
        assertTrue(String.join("|", a.getList("authors", String.class)).length() <= Columns.ARTICLE_AUTHORS);
    }

    @Test
    void outletFieldsAreCheckedAgainstTheirColumns() {
        Map<String, Long> before = counts();
        String name = "Hostile Outlet " + UUID.randomUUID();
        refused(admin().contentType("application/json").body(Map.of("name", name, "country", "DEUTSCHLAND"))
                .post("/api/outlets"), 400, "country is longer than 8");
        refused(admin().contentType("application/json").body(Map.of("name", name, "language", "x".repeat(17)))
                .post("/api/outlets"), 400, "language");
        refused(admin().contentType("application/json").body(Map.of("name", name, "aliases", List.of("a".repeat(1500), "b".repeat(600))))
                .post("/api/outlets"), 400, "aliases are longer than 2000");
        refused(admin().contentType("application/json").body("{\"name\":\"" + name + "\",\"aliases\":[null]}")
                .post("/api/outlets"), 400, "aliases[0] is null");
        refused(admin().contentType("application/json").body(Map.of("name", name, "note", "n".repeat(2001)))
                .post("/api/outlets"), 400, "note is longer than 2000");
        assertEquals(before, counts());
    }

    // ---- finding 3: regex recursion per repetition

    @Test
    void aLineOfManyHyphenJoinedWordsIsCleanedNot500() {
        Map<String, Object> body = article();
        body.put("text", "„Wir kommen“, sagte Anna Berg am Montag in Kiel.\n\n" + "wort" + "-wort".repeat(6000)
                + "\n\nDas war ein ganz normaler Satz mit einem Ende. " + UUID.randomUUID());
        assertTimeoutPreemptively(GUARD, () -> admin().contentType("application/json").body(body).post("/api/articles")
                .then().statusCode(201));
    }

    // ---- finding 4: page*size overflow

    @Test
    void hugePageIs400NamingTheParameterOnEveryList() {
        for (String list : List.of("/api/articles", "/api/outlets", "/api/feeds")) {
            refused(admin().get(list + "?page=2147483647&size=200"), 400, "page must be at most");
            admin().get(list + "?page=99999&size=200").then().statusCode(200).body("items.size()", is(0));
            refused(admin().get(list + "?size=abc"), 400, "size must be a whole number");
            refused(admin().get(list + "?page=abc"), 400, "page must be a whole number");
        }
    }

    // ---- finding 5: one language rule

    @Test
    void languageVariantsAreNormalisedAndUnknownCodesRefused() {
        for (String lang : List.of("de_DE", "deu", "ger", "de-AT")) {
            long id = admin().contentType("application/json").body(article("language", lang)).post("/api/articles")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            admin().get("/api/articles/" + id).then().statusCode(200).body("language", equalTo("de"));
        }
        Map<String, Long> before = counts();
        refused(admin().contentType("application/json").body(article("language", "xyz")).post("/api/articles"), 400,
                "two-letter code");
        assertEquals(before, counts());
    }

    @Test
    void failedHandOffsCanBeRetriedOrDismissed() {
        long[] ids = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            long[] out = new long[2];
            for (int i = 0; i < 2; i++) {
                org.whosaid.ingest.store.OutboxEntry e = new org.whosaid.ingest.store.OutboxEntry();
                e.articleId = 9_000_000_000L + i;
                e.version = 1;
                e.kind = org.whosaid.ingest.store.OutboxEntry.UPSERT;
                e.status = org.whosaid.ingest.store.OutboxEntry.FAILED;
                e.attempts = 1;
                e.lastError = "language \"deu\" refused";
                e.nextAttemptAt = java.time.Instant.now();
                e.createdAt = java.time.Instant.now();
                e.persist();
                out[i] = e.id;
            }
            return out;
        });
        given().get("/api/outbox/failed").then().statusCode(401);
        admin().get("/api/outbox/failed").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItems((int) ids[0], (int) ids[1]));
        long failedBefore = admin().get("/api/outbox").then().extract().jsonPath().getLong("failed");
        admin().post("/api/outbox/" + ids[0] + "/retry").then().statusCode(200).body("status", equalTo("pending"));
        admin().delete("/api/outbox/" + ids[1]).then().statusCode(200).body("status", equalTo("dismissed"));
        refused(admin().delete("/api/outbox/" + ids[1]), 409, "only failed rows");
        refused(admin().post("/api/outbox/123456789012/retry"), 404, "no outbox row");
        assertEquals(failedBefore - 2, admin().get("/api/outbox").then().extract().jsonPath().getLong("failed"));
    }

    // ---- finding 6: feed URLs that are not URLs

    @Test
    void malformedFeedUrlsAre400() {
        Map<String, Long> before = counts();
        for (String url : List.of("http://a b/", "http://[::1/", "::::")) {
            refused(admin().contentType("application/json").body(Map.of("url", url)).post("/api/feeds"), 400, "URL");
        }
        assertEquals(before, counts());
    }

    @Test
    void aTruncatedMultipartBodyIs400() {
        Map<String, Long> before = counts();
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n„Wir kommen“, sagte Anna Berg am Montag in Kiel.\r\n";
        var r = admin().contentType("multipart/form-data; boundary=XYZ").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/articles/upload");
        r.then().statusCode(400).body("error", org.hamcrest.Matchers.notNullValue())
                .body("detail", org.hamcrest.Matchers.anyOf(containsString("multipart"), containsString("file")));
        assertEquals(before, counts());
    }

    // ---- issue 15, left open: the HTTP layer's own body limit answered 413 with an empty body

    /** Writes a request's body (or nothing) after its head. */
    interface BodyWriter {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * Sends only the head of a POST that declares {@code length} body bytes (as curl does with
     * {@code Expect: 100-continue}) and returns the answer's head, its body, and "closed" when the server then closed
     * the connection instead of waiting for the body (else "open").
     */
    static String[] postHead(String path, long length) throws java.io.IOException {
        return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-admin-key\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n", out -> { });
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
                assertTrue(b >= 0, "an HTTP answer: " + answer);
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

    @Test
    void aBodyOverTheHttpLayerLimitIs413WithAJsonBodyNamingTheKey() throws Exception {
        Map<String, Long> before = counts();
        long over = 64L * 1024 * 1024 + 1; // quarkus.http.limits.max-body-size=64M
        for (String path : List.of("/q/health", "/not-an-api")) {
            String[] r = postHead(path, over);
            assertTrue(r[0].startsWith("HTTP/1.1 413"), r[0]);
            assertTrue(r[0].toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), r[0]);
            io.restassured.path.json.JsonPath body = io.restassured.path.json.JsonPath.from(r[1]);
            assertEquals("too-large", body.getString("error"));
            assertTrue(body.getString("detail").contains("quarkus.http.limits.max-body-size=64M")
                    && body.getString("detail").contains("67108864 bytes") && body.getString("detail").contains(over + " bytes"),
                    body.getString("detail"));
            assertEquals("closed", r[2], "the server does not wait for a body it refused");
        }
        // on /api/ our smaller limits come first and are named instead
        String[] batch = postHead("/api/articles/batch", over);
        assertTrue(batch[0].startsWith("HTTP/1.1 413"), batch[0]);
        assertTrue(batch[1].contains("whosaid.limits.max-batch-bytes"), batch[1]);
        assertEquals(before, counts());
        admin().contentType("application/json").body(article()).post("/api/articles").then().statusCode(201);
    }

    /** A raw POST of an article that would be stored, with extra header lines and a query. */
    private static String articleHead(String query, String extraHeaders, String framing) {
        return "POST /api/articles" + query + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-admin-key\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\n" + extraHeaders + framing + "\r\n";
    }

    private static byte[] articleJson() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(article());
    }

    /** The answer is {@code status} with a JSON {error, detail} naming {@code setting}, and the connection is closed. */
    private static void assertRefused(String[] r, int status, String error, String setting) {
        assertTrue(r[0].startsWith("HTTP/1.1 " + status), r[0]);
        assertTrue(r[0].toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), r[0]);
        io.restassured.path.json.JsonPath body = io.restassured.path.json.JsonPath.from(r[1]);
        assertEquals(error, body.getString("error"), r[1]);
        assertTrue(body.getString("detail").contains(setting), r[1]);
        assertEquals("closed", r[2]);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRequestLineOverItsLimitIs414WithAJsonBodyNamingTheKey() throws Exception {
        Map<String, Long> before = counts();
        byte[] json = articleJson();
        String longQuery = "?pad=" + "a".repeat(5000); // request line > 4096 bytes, below the transport backstop
        String[] r = exchange(articleHead(longQuery, "", "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        assertRefused(r, 414, "uri-too-long", "whosaid.http.max-initial-line-length=4096");
        assertEquals(before, counts());
        String[] ok = exchange(articleHead("?pad=a", "", "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        assertTrue(ok[0].startsWith("HTTP/1.1 201"), "the same request with a short line: " + ok[0]);
    }

    @Test
    void headersOverTheirLimitAre431WithAJsonBodyNamingTheKey() throws Exception {
        Map<String, Long> before = counts();
        byte[] json = articleJson();
        String big = "X-Pad: " + "a".repeat(25_000) + "\r\n"; // > 20K of headers, below the transport backstop
        String[] r = exchange(articleHead("", big, "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        assertRefused(r, 431, "headers-too-large", "whosaid.http.max-header-size=20480");
        assertEquals(before, counts());
        String small = "X-Pad: " + "a".repeat(1000) + "\r\n";
        String[] ok = exchange(articleHead("", small, "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        assertTrue(ok[0].startsWith("HTTP/1.1 201"), "the same request with small headers: " + ok[0]);
    }

    /** Writes {@code json} as HTTP/1.1 chunks of at most 1 MiB, without the closing zero-length chunk when {@code end} is false. */
    private static BodyWriter chunked(byte[] json, boolean end) {
        return out -> {
            for (int at = 0; at < json.length; at += 1 << 20) {
                int n = Math.min(1 << 20, json.length - at);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(json, at, n);
                out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            if (end) {
                out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        };
    }

    @Test
    void aChunkedBodyOverItsLimitIs413WithAJsonBodyNamingTheKey() throws Exception {
        Map<String, Long> before = counts();
        int over = 2_097_152 + 1; // whosaid.limits.max-body-bytes, the smaller limit on /api/
        byte[] json = ("{\"text\":\"" + "a".repeat(over - 11) + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String[] r = assertTimeoutPreemptively(GUARD,
                () -> exchange(articleHead("", "", "Transfer-Encoding: chunked\r\n"), chunked(json, false)));
        assertRefused(r, 413, "too-large", "2097152 bytes (whosaid.limits.max-body-bytes)");
        assertEquals(before, counts());
        String[] ok = exchange(articleHead("", "", "Transfer-Encoding: chunked\r\n"), chunked(articleJson(), true));
        assertTrue(ok[0].startsWith("HTTP/1.1 201"), "a small chunked article: " + ok[0]);
        assertEquals(before.get("articles") + 1, counts().get("articles"));
    }

    // ---- finding 7: only http/https article URLs

    @Test
    void javascriptArticleUrlsAre400() {
        Map<String, Long> before = counts();
        for (String url : List.of("javascript:alert(1)", "data:text/html,x", "ftp://example.org/a", "//example.org/a")) {
            refused(admin().contentType("application/json").body(article("url", url)).post("/api/articles"), 400, "url");
        }
        assertEquals(before, counts());
    }

    // ---- finding 8: ambiguous numeric hosts

    @Test
    void ambiguousNumericHostsAreRefusedBeforeResolution() {
        Map<String, Long> before = counts();
        for (String host : List.of("0177.0.0.1", "0x7f.0.0.1", "2130706433", "127.1", "010.8.8.8")) {
            refused(admin().contentType("application/json").body(Map.of("url", "http://" + host + "/a"))
                    .post("/api/articles"), 400, "numeric address");
        }
        assertEquals(before, counts());
    }

    // ---- finding 9: wrong JSON types name the field

    @Test
    void wrongJsonTypesOnOutletsAndFeedsAre400NamingTheField() {
        Map<String, Long> before = counts();
        refused(admin().contentType("application/json").body("{\"name\":\"X " + UUID.randomUUID() + "\",\"agency\":\"yes\"}")
                .post("/api/outlets"), 400, "'agency'");
        refused(admin().contentType("application/json").body("{\"url\":\"https://example.org/feed\",\"intervalMinutes\":\"abc\"}")
                .post("/api/feeds"), 400, "'intervalMinutes'");
        refused(admin().contentType("application/json").body("[]").post("/api/outlets"), 400, "JSON object");
        assertEquals(before, counts());
    }

    // ---- finding 10: security headers on the ingest API

    @Test
    void apiAnswersCarrySecurityHeaders() {
        admin().get("/api/articles?size=1").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    // ---- finding 12: control characters in metadata

    @Test
    void controlAndBidiCharactersAreRemovedFromMetadata() {
        long id = admin().contentType("application/json")
                .body(article("title", "Ti\u0000tel \u202Egnuhcsilf\u202C", "outlet", "Kiel\u200B Kurier\u0007"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        admin().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Titel gnuhcsilf")).body("outlet", equalTo("Kiel Kurier"));
    }

    // ---- finding 13: operator reads need an admin key

    @Test
    void outboxStateNeedsAnAdminKey() {
        given().get("/api/outbox").then().statusCode(401).body("detail", containsString("Authorization"));
        admin().get("/api/outbox").then().statusCode(200);
    }
}
