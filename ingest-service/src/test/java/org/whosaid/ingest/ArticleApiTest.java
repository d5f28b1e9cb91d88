package org.whosaid.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.support.FakeAnalysisResource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.whosaid.ingest.support.Api.admin;

@QuarkusTest
@QuarkusTestResource(FakeAnalysisResource.class)
class ArticleApiTest {

    static final String BODY = "Die Bürgermeisterin von Kleinwasserburg, Henrike Almstedt, sagte am Montag, die neue Fähre "
            + "werde im Frühjahr fahren. \"Wir halten den Zeitplan\", sagte Almstedt vor dem Stadtrat.\n\n"
            + "Der Stadtrat hatte die Fähre im vergangenen Jahr beschlossen. Die Kosten liegen nach Angaben der Stadt bei vier Millionen Euro.";

    private static String uniqueUrl() {
        return "https://nordkurier-digital.example/lokal/" + UUID.randomUUID();
    }

    @Test
    void newSameAndNewVersion() {
        String url = uniqueUrl();
        int id = admin().contentType("application/json")
                .body(Map.of("url", url, "title", "Fähre fährt im Frühjahr", "text", BODY))
                .post("/api/articles").then().statusCode(201)
                .body("version", is(1))
                .body("outlet", is("Nordkurier Digital"))
                .body("provenance.outlet", containsString("URL site"))
                .body("language", is("de"))
                .body("analysisStatus", is("pending"))
                .body("text", containsString("Wir halten den Zeitplan"))
                .extract().path("id");
        // same url, same content → the same article, 200
        admin().contentType("application/json").body(Map.of("url", url, "title", "Fähre fährt im Frühjahr", "text", BODY))
                .post("/api/articles").then().statusCode(200).body("id", is(id)).body("version", is(1));
        // same url, new content → same id, version 2, 201
        String changed = BODY.replace("vier Millionen", "fünf Millionen");
        admin().contentType("application/json").body(Map.of("url", url, "text", changed))
                .post("/api/articles").then().statusCode(201).body("id", is(id)).body("version", is(2));
        RestAssured.get("/api/articles/" + id + "/versions").then().statusCode(200).body("items.size()", is(2))
                .body("total", is(2)).body("page", is(0)).body("size", is(200))
                .body("items[0].version", is(1)).body("items[1].version", is(2));
        RestAssured.get("/api/articles/" + id + "/versions/1").then().statusCode(200).body("text", containsString("vier Millionen"));
        RestAssured.get("/api/articles/" + id + "/diff?from=1&to=2").then().statusCode(200)
                .body("ops.findAll { it.kind == 'delete' }.text", hasItem(containsString("vier")))
                .body("ops.findAll { it.kind == 'insert' }.text", hasItem(containsString("fünf")));
    }

    @Test
    void sameContentWithoutUrlIsOneArticle() {
        String text = BODY + " Nachtrag " + UUID.randomUUID();
        int a = admin().contentType("text/plain; charset=UTF-8").body(text).post("/api/articles").then().statusCode(201).extract().path("id");
        int b = admin().contentType("text/plain; charset=UTF-8").body(text).post("/api/articles").then().statusCode(200).extract().path("id");
        assertEquals(a, b);
        RestAssured.get("/api/articles/" + a + "/raw").then().statusCode(200).contentType(containsString("text/plain"))
                .header("X-Content-Type-Options", "nosniff").body(is(text));
    }

    @Test
    void listIsPagedAndFiltered() {
        String url = uniqueUrl();
        admin().contentType("application/json").body(Map.of("url", url, "outlet", "The Harbour Ledger", "publishedAt", "2031-05-04T10:00:00+01:00",
                "text", "The harbour master, Orla Penhallow, said on Tuesday that the new pier would open in June. It was delayed by storms.",
                "language", "en")).post("/api/articles").then().statusCode(201);
        RestAssured.get("/api/articles?outlet=The Harbour Ledger&from=2031-05-01&to=2031-05-31&size=5").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("size", is(5)).body("page", is(0))
                .body("items[0].outlet", is("The Harbour Ledger"))
                .body("items[0].text", nullValue());
        RestAssured.get("/api/articles?size=500").then().statusCode(400).body("error", is("bad-paging"));
        RestAssured.get("/api/articles/999999").then().statusCode(404).body("error", is("not-found"));
    }

    @Test
    void badInputIsRefusedWithJsonAndStoresNothing() {
        long before = total();
        admin().contentType("application/json").body("{\"text\": \"  \"}").post("/api/articles").then().statusCode(400)
                .body("error", is("empty-text")).body("detail", notNullValue());
        admin().contentType("application/json").body("{\"text\": \"abc").post("/api/articles").then().statusCode(400)
                .body("error", is("malformed-json"));
        admin().contentType("application/json").body("[1,2]").post("/api/articles").then().statusCode(400)
                .body("error", is("malformed-json"));
        admin().contentType("application/json").body("{\"text\": 42}").post("/api/articles").then().statusCode(400)
                .body("error", is("bad-field"));
        admin().contentType("application/pdf").body("%PDF-1.4".getBytes(StandardCharsets.UTF_8)).post("/api/articles").then().statusCode(415)
                .body("error", is("unsupported-content-type"));
        admin().contentType("text/plain; charset=UTF-8").body("").post("/api/articles").then().statusCode(400).body("error", is("empty-text"));
        // over the 2 MB limit (Content-Length known)
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        admin().contentType("text/plain; charset=UTF-8").body(big).post("/api/articles").then().statusCode(413).body("error", is("too-large"))
                .body("detail", containsString("limit"));
        // nested JSON deeper than the limit
        String deep = "{\"text\":\"x\",\"n\":" + "[".repeat(100) + "]".repeat(100) + "}";
        admin().contentType("application/json").body(deep).post("/api/articles").then().statusCode(400).body("error", is("too-deep"));
        // invalid UTF-8
        byte[] bad = "Ein Text mit kaputtem Byte: ".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(bad, bad.length + 2);
        withBad[bad.length] = (byte) 0xC3;
        withBad[bad.length + 1] = (byte) 0x28;
        admin().contentType("text/plain; charset=UTF-8").body(withBad).post("/api/articles").then().statusCode(400).body("error", is("invalid-utf8"));
        // a very long line
        admin().contentType("text/plain; charset=UTF-8").body("wort ".repeat(30000)).post("/api/articles").then().statusCode(400).body("error", is("line-too-long"));
        assertEquals(before, total(), "nothing stored by refused requests");
    }

    @Test
    void invisibleControlCharactersAreRemovedFromTheBody() {
        String text = "Der Kämmerer Ansgar\u200B Tiedemeyer sagte, der Haushalt \u202Esei\u202C ausgeglichen. Das Defizit liege bei null Euro, erklärte er am Abend. "
                + UUID.randomUUID();
        admin().contentType("text/plain; charset=UTF-8").body(text).post("/api/articles").then().statusCode(201)
                .body("text", not(containsString("\u200B"))).body("text", not(containsString("\u202E")))
                .body("text", containsString("Ansgar Tiedemeyer"));
    }

    @Test
    void hostileInputsDoNotCrashOrDamage() {
        long before = total();
        String bomb = "<html><body>" + "<div>".repeat(50000)
                + "<p>Die Sprecherin Ilka Brandt sagte, alles sei ruhig. Es gebe keine Probleme, erklärte sie am Abend.</p>"
                + "</div>".repeat(50000) + "</body></html>";
        int s = admin().contentType("text/html; charset=UTF-8").body(bomb.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().extract().statusCode();
        assertTrue(s == 201 || s == 400, "deeply nested HTML answered " + s);
        // markup inside article text is content: stored as text, served as JSON / text/plain
        String text = "Der Sprecher sagte: <script>alert('x')</script> sei kein Angriff, erklärte er am Montag vor der Presse. " + UUID.randomUUID();
        int id = admin().contentType("text/plain; charset=UTF-8").body(text).post("/api/articles").then().statusCode(201)
                .body("text", containsString("<script>alert('x')</script>")).extract().path("id");
        RestAssured.get("/api/articles/" + id + "/raw").then().contentType(containsString("text/plain"));
        assertTrue(total() >= before + 1);
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void concurrentDuplicateSubmissionsMakeOneArticle() throws Exception {
        String url = uniqueUrl();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<Integer>> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(pool.submit(() -> admin().contentType("application/json").body(Map.of("url", url, "text", BODY))
                    .post("/api/articles").then().extract().path("id")));
        }
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (var f : ids) {
            distinct.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, distinct.size(), "one article for concurrent duplicates: " + distinct);
    }

    @Test
    void writesNeedAKeyWithTheRightScope() {
        RestAssured.given().contentType("text/plain; charset=UTF-8").body(BODY).post("/api/articles").then().statusCode(401).body("error", is("unauthorized"));
        RestAssured.given().header("Authorization", "Bearer wrong").contentType("text/plain; charset=UTF-8").body(BODY).post("/api/articles").then().statusCode(401);
        RestAssured.given().header("Authorization", "Bearer test-review-key").contentType("text/plain; charset=UTF-8").body(BODY)
                .post("/api/articles").then().statusCode(403).body("error", is("forbidden"));
        RestAssured.given().header("Authorization", "Bearer test-ingest-key").contentType("text/plain; charset=UTF-8").body(BODY + " " + UUID.randomUUID())
                .post("/api/articles").then().statusCode(201);
        RestAssured.given().header("Authorization", "Bearer test-ingest-key").contentType("application/json").body("{\"name\":\"X\"}")
                .post("/api/outlets").then().statusCode(403);
    }

    @Test
    void batchAndUpload() {
        String l1 = "{\"url\":\"" + uniqueUrl() + "\",\"text\":\"Die Ministerin Talke Brosowski sagte, die Schulen blieben offen. Sie kündigte mehr Geld für Lehrkräfte an.\"}";
        String jsonl = l1 + "\n{\"text\": broken\n" + l1 + "\n";
        admin().contentType("application/x-ndjson").body(jsonl.getBytes(StandardCharsets.UTF_8)).post("/api/articles/batch").then().statusCode(200)
                .body("accepted.size()", is(2)).body("accepted[0].status", is(201)).body("accepted[1].status", is(200))
                .body("refused.size()", is(1)).body("refused[0].line", is(2)).body("refused[0].error", is("malformed-json"));
        admin().multiPart("file", "a.txt", ("Der Förster Jannik Oltmanns sagte, der Wald habe den Sommer überstanden. Er rechne mit einem guten Jahr. "
                        + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "b.pdf", new byte[]{1, 2, 3}, "application/pdf")
                .post("/api/articles/upload").then().statusCode(200)
                .body("accepted.size()", is(1)).body("accepted[0].name", is("a.txt"))
                .body("refused[0].name", is("b.pdf")).body("refused[0].error", is("unsupported-file-type"));
    }

    @Test
    void outletRegistryIsEditable() {
        int id = admin().contentType("application/json").body(Map.of("name", "Elbtal Kurier " + UUID.randomUUID().toString().substring(0, 6),
                        "aliases", java.util.List.of("EK"), "domains", java.util.List.of("elbtal-kurier.example"), "country", "DE", "language", "de"))
                .post("/api/outlets").then().statusCode(201).extract().path("id");
        admin().contentType("application/json").body(Map.of("name", "Elbtal Kurier Neu", "note", "regional, fictional"))
                .put("/api/outlets/" + id).then().statusCode(200).body("note", is("regional, fictional"));
        RestAssured.get("/api/outlets?size=200").then().statusCode(200).body("items.name", hasItems("ntv", "Tass", "Elbtal Kurier Neu"))
                .body("items.find { it.name == 'Tass' }.note", containsString("state"));
        admin().delete("/api/outlets/" + id).then().statusCode(204);
    }

    @Test
    void healthAndMetrics() {
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.find { it.name == 'ingest-database' }.data.outboxPending", notNullValue());
        RestAssured.get("/q/metrics").then().statusCode(200).body(containsString("whosaid_outbox_backlog"));
    }

    static long total() {
        return ((Number) RestAssured.get("/api/articles?size=1").then().statusCode(200).extract().path("total")).longValue();
    }
}
