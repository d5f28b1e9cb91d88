package org.whosaid.analysis.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Issue 15, analysis-service: each hostile family gets a 4xx whose body says what is wrong, nothing is stored, and the
 * service stays healthy. Timeouts here are hang guards (generous), not the 2 s target (see AdversarialInputBench).
 */
@QuarkusTest
class HostileInputTest {

    private static final Duration GUARD = Duration.ofSeconds(120);

    private static long storedArticles() {
        return given().header("Authorization", Fixtures.KEY).get("/api/articles?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @AfterEach
    void healthy() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON).body(Map.of("text", "„Wir kommen“, sagte Anna Berg.", "language", "de"))
                .post("/api/analyze").then().statusCode(200);
    }

    // ---- finding 1: CPU exhaustion on anonymous /api/analyze

    @Test
    void anonymousTextOverItsCapIs413NamingTheLimit() {
        long before = storedArticles();
        String text = "\"a".repeat(40_000); // 80,000 bytes > 65,536
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/analyze")
                .then().statusCode(413).body("error", equalTo("too-large"))
                .body("detail", containsString("whosaid.analysis.anonymous-max-text-bytes=65536"));
        assertEquals(before, storedArticles());
    }

    @Test
    void anonymousDeclaredBodyOverItsCapIs413BeforeReading() {
        String body = "{\"text\":\"" + "a".repeat(300_000) + "\"}";
        given().contentType(ContentType.JSON).body(body).post("/api/analyze")
                .then().statusCode(413).body("error", equalTo("too-large"))
                .body("detail", containsString("without an API key"));
    }

    // ---- left open from issue 15: the HTTP layer's own limit answered 413 with an empty body

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
        return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Fixtures.KEY + "\r\n"
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

    @Test
    void aBodyOverTheHttpLayerLimitIs413WithAJsonBodyNamingTheKey() throws Exception {
        long before = storedArticles();
        long over = 16L * 1024 * 1024 + 1; // quarkus.http.limits.max-body-size=16M
        for (String path : List.of("/api/articles", "/api/analyze")) {
            String[] r = postHead(path, over);
            org.junit.jupiter.api.Assertions.assertTrue(r[0].startsWith("HTTP/1.1 413"), r[0]);
            org.junit.jupiter.api.Assertions.assertTrue(
                    r[0].toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), r[0]);
            io.restassured.path.json.JsonPath body = io.restassured.path.json.JsonPath.from(r[1]);
            assertEquals("too-large", body.getString("error"));
            String detail = body.getString("detail");
            org.junit.jupiter.api.Assertions.assertTrue(detail.contains("quarkus.http.limits.max-body-size=16M")
                    && detail.contains("16777216 bytes") && detail.contains(over + " bytes"), detail);
            assertEquals("closed", r[2], "the server does not wait for a body it refused");
        }
        assertEquals(before, storedArticles());
    }

    /** A raw POST of an article that would be stored, with extra header lines and a query. */
    private static String articleHead(String query, String extraHeaders, String framing) {
        return "POST /api/articles" + query + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Fixtures.KEY + "\r\n"
                + "Content-Type: application/json\r\nConnection: close\r\n" + extraHeaders + framing + "\r\n";
    }

    private static byte[] articleJson() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
                Fixtures.article(Fixtures.nextId(), 1, "Havelblick", Fixtures.bridgeDe(""), null));
    }

    /** The answer is {@code status} with a JSON {error, detail} naming {@code setting}, and the connection is closed. */
    private static void assertRefused(String[] r, int status, String error, String setting) {
        org.junit.jupiter.api.Assertions.assertTrue(r[0].startsWith("HTTP/1.1 " + status), r[0]);
        org.junit.jupiter.api.Assertions.assertTrue(
                r[0].toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), r[0]);
        io.restassured.path.json.JsonPath body = io.restassured.path.json.JsonPath.from(r[1]);
        assertEquals(error, body.getString("error"), r[1]);
        org.junit.jupiter.api.Assertions.assertTrue(body.getString("detail").contains(setting), r[1]);
        assertEquals("closed", r[2]);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRequestLineOverItsLimitIs414WithAJsonBodyNamingTheKey() throws Exception {
        long before = storedArticles();
        byte[] json = articleJson();
        String longQuery = "?pad=" + "a".repeat(5000); // request line > 4096 bytes, below the transport backstop
        String[] r = exchange(articleHead(longQuery, "", "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        assertRefused(r, 414, "uri-too-long", "whosaid.http.max-initial-line-length=4096");
        assertEquals(before, storedArticles());
        String[] ok = exchange(articleHead("?pad=a", "", "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        org.junit.jupiter.api.Assertions.assertTrue(ok[0].startsWith("HTTP/1.1 20"), "the same request with a short line: " + ok[0]);
    }

    @Test
    void headersOverTheirLimitAre431WithAJsonBodyNamingTheKey() throws Exception {
        long before = storedArticles();
        byte[] json = articleJson();
        String big = "X-Pad: " + "a".repeat(25_000) + "\r\n"; // > 20K of headers, below the transport backstop
        String[] r = exchange(articleHead("", big, "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        assertRefused(r, 431, "headers-too-large", "whosaid.http.max-header-size=20480");
        assertEquals(before, storedArticles());
        String small = "X-Pad: " + "a".repeat(1000) + "\r\n";
        String[] ok = exchange(articleHead("", small, "Content-Length: " + json.length + "\r\n"), out -> out.write(json));
        org.junit.jupiter.api.Assertions.assertTrue(ok[0].startsWith("HTTP/1.1 20"), "the same request with small headers: " + ok[0]);
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
    void aChunkedBodyOverTheHttpLayerLimitIs413WithAJsonBodyNamingTheKey() throws Exception {
        long before = storedArticles();
        int over = 16 * 1024 * 1024 + 1; // quarkus.http.limits.max-body-size=16M
        byte[] json = ("{\"text\":\"" + "a".repeat(over - 11) + "\"}").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String[] r = assertTimeoutPreemptively(GUARD,
                () -> exchange(articleHead("", "", "Transfer-Encoding: chunked\r\n"), chunked(json, false)));
        assertRefused(r, 413, "too-large", "quarkus.http.limits.max-body-size=16M");
        assertEquals(before, storedArticles());
        String[] ok = exchange(articleHead("", "", "Transfer-Encoding: chunked\r\n"), chunked(articleJson(), true));
        org.junit.jupiter.api.Assertions.assertTrue(ok[0].startsWith("HTTP/1.1 20"), "a small chunked article: " + ok[0]);
        assertEquals(before + 1, storedArticles());
    }

    @Test
    void aCallerWithAKeyMayStillSendLongerTexts() {
        String text = "Der Hafen wird am Montag geöffnet, sagte Bürgermeisterin Ilse Brandt. ".repeat(1200); // ≈ 85 KB
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/analyze").then().statusCode(200);
    }

    @Test
    void adversarialShapesAtTheAnonymousCapAnswer() {
        assertTimeoutPreemptively(GUARD, () -> {
            for (String unit : List.of("\"a", "Er sagte: \"", "»a«", "„Ja“, sagte er. ")) {
                String text = unit.repeat(60_000 / unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "de"))
                        .post("/api/analyze").then().statusCode(200);
            }
        });
    }

    // ---- finding 4: page*size overflow

    @Test
    void hugePageIs400NamingTheParameterOnEveryList() {
        for (String list : List.of("/api/articles", "/api/statements", "/api/clusters", "/api/conflicts", "/api/speakers",
                "/api/stories")) {
            given().get(list + "?page=2147483647&size=200").then().statusCode(400)
                    .body("error", equalTo("bad-request")).body("detail", containsString("page must be at most"));
            given().get(list + "?page=99999&size=200").then().statusCode(200).body("items.size()", equalTo(0));
        }
        long cluster = anyCluster();
        given().get("/api/clusters/" + cluster + "?page=2147483647&size=200").then().statusCode(400)
                .body("detail", containsString("page"));
    }

    private static long anyCluster() {
        long id = Fixtures.nextId();
        Fixtures.post(Fixtures.article(id, 1, "Hostile Post", Fixtures.bridgeDe(""), "2026-01-20T10:00:00Z")).then().statusCode(201);
        return given().get("/api/clusters?size=1").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    // ---- finding 9: every error is {error, detail} naming the field

    @Test
    void wrongJsonTypesAre400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"text\":[\"a\"]}").post("/api/analyze")
                .then().statusCode(400).body("error", equalTo("bad-json")).body("detail", containsString("'text'"));
        given().contentType(ContentType.JSON).body("[]").post("/api/analyze")
                .then().statusCode(400).body("error", equalTo("bad-json")).body("detail", containsString("JSON object"));
        long cluster = anyCluster();
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body("{\"action\":\"merge\",\"targetClusterId\":\"abc\"}").post("/api/clusters/" + cluster + "/decisions")
                .then().statusCode(400).body("detail", containsString("'targetClusterId'"));
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body("{\"action\":\"split\",\"statementIds\":\"all\"}").post("/api/clusters/" + cluster + "/decisions")
                .then().statusCode(400).body("detail", containsString("'statementIds'"));
    }

    @Test
    void nonNumericPageOrSizeIs400NotFound() {
        given().get("/api/statements?size=abc").then().statusCode(400).body("detail", containsString("size must be a whole number"));
        given().get("/api/clusters?page=abc").then().statusCode(400).body("detail", containsString("page must be a whole number"));
    }

    // ---- finding 5: the language rule of ingest (de_DE, deu, ger -> de) holds here too

    @Test
    void languageVariantsAreReadAsTheirTwoLetterCode() {
        for (String lang : List.of("de_DE", "deu", "ger", "de-AT")) {
            given().contentType(ContentType.JSON).body(Map.of("text", "„Wir kommen“, sagte Anna Berg.", "language", lang))
                    .post("/api/analyze").then().statusCode(200).body("language", equalTo("de"));
        }
        given().contentType(ContentType.JSON).body(Map.of("text", "Hallo.", "language", "xyz")).post("/api/analyze")
                .then().statusCode(400).body("detail", containsString("two-letter code"));
        long id = Fixtures.nextId();
        Map<String, Object> a = new java.util.HashMap<>(Fixtures.article(id, 1, "Hostile Post", Fixtures.bridgeDe(""), "2026-01-21T10:00:00Z"));
        a.put("language", "de_DE");
        Fixtures.post(a).then().statusCode(201);
    }

    // ---- finding 13: admin reads need an admin key

    @Test
    void adminReadsNeedAnAdminKey() {
        given().get("/api/admin/reanalyze/no-such-job").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("Authorization", Fixtures.KEY).get("/api/admin/reanalyze/no-such-job").then()
                .statusCode(org.hamcrest.Matchers.not(org.hamcrest.Matchers.either(equalTo(401)).or(equalTo(403))));
    }
}
