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

    /**
     * Sends only the head of a POST that declares {@code length} body bytes (as curl does with
     * {@code Expect: 100-continue}) and returns the answer's head, its body, and "closed" when the server then closed
     * the connection instead of waiting for the body (else "open").
     */
    static String[] postHead(String path, long length) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Fixtures.KEY + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n")
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
