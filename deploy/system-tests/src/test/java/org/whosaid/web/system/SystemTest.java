package org.whosaid.web.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged web-ui against the real ingest- and analysis-service, all three child processes ({@link SystemResource}). */
class SystemTest {
    static final ObjectMapper M = new ObjectMapper();
    Services services;
    String web;

    @BeforeEach
    void sut() {
        Assumptions.assumeTrue(SystemResource.sut() != null,
                "service jars not built: run ./mvnw -pl ingest-service,analysis-service,web-ui package -DskipTests");
        services = new Services(SystemResource.sut());
        web = SystemResource.sut().webUrl();
    }

    /** Issue 2: an article posted to the ingest-service shows up, with its statements, on the web UI's article page. */
    @Test
    void postedArticleShowsUpWithItsStatements() throws Exception {
        JsonNode a = services.postFixture("01-kuestenbote.json");
        long id = a.path("id").asLong();
        assertTrue(services.awaitAnalysed(List.of(id), Duration.ofSeconds(120)).isEmpty(), "analysed in time");
        JsonNode statements = services.analysisGet("/api/articles/" + id + "/statements").path("items");
        assertTrue(statements.size() > 0, "the engine found statements: " + statements);
        String html = page("/articles/" + id);
        assertTrue(html.contains("Deich bei Lünsen soll im Mai fertig sein"), "title");
        for (JsonNode s : statements) {
            String local = s.path("id").asText().replaceFirst("^" + id + "-", "");
            assertTrue(html.contains("id=\"" + local + "\""), "position anchor of " + local);
            assertTrue(html.contains("id=\"d-" + local + "\""), "details of " + local);
            String quote = s.path("quote").path("text").asText();
            String shown = quote.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
            assertTrue(html.contains(shown), "quote shown: " + quote);
        }
        assertTrue(html.contains("Hanna Vogt"), "speaker named");
        assertTrue(html.contains("class=\"mark quote"), "statements highlighted");
    }

    /** Issue 4 (measured 1): the five seeds through the whole system, scored with the corpus rule. */
    @Test
    void seedsThroughTheSystem() throws Exception {
        Path seeds = shared().resolve("corpus/seeds");
        Path gold = shared().resolve("corpus/seeds-gold.jsonl");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(gold), "shared corpus not found: skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Long> ids = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Path f : files) {
            JsonNode a = services.postText(Files.readString(f, StandardCharsets.UTF_8), null);
            ids.add(a.path("id").asLong());
            docs.add(f.getFileName().toString());
        }
        assertEquals(5, ids.size(), "five seeds");
        List<Long> pending = services.awaitAnalysed(ids, Duration.ofSeconds(180));
        assertTrue(pending.isEmpty(), "not analysed: " + pending);
        List<SeedScore.Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            assertEquals("done", services.ingestGet("/api/articles/" + id).path("analysisStatus").asText(), "analysed: " + docs.get(i));
            for (JsonNode s : services.analysisGet("/api/articles/" + id + "/statements").path("items")) {
                predictions.add(new SeedScore.Prediction(docs.get(i), s.path("quote").path("text").asText(),
                        s.path("speaker").path("name").asText("")));
            }
            String html = page("/articles/" + id);
            assertTrue(html.contains("class=\"article-text\""), "browsable: " + docs.get(i));
            assertFalse(html.contains("notAnalysedYet"), docs.get(i));
        }
        List<JsonNode> goldLines = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) if (!line.isBlank()) goldLines.add(M.readTree(line));
        SeedScore.Result r = SeedScore.score(goldLines, predictions);
        System.out.println("[seeds through the system] " + r);
        assertTrue(r.recall() >= 0.95, "recall " + r);
        assertTrue(r.precision() >= 0.90, "precision " + r);
        assertTrue(r.speakerAccuracy() >= 0.95, "speaker accuracy " + r);
    }

    /** A page of the web-ui (asserted 200). */
    String page(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    static Path shared() {
        String p = System.getProperty("whosaid.shared");
        if (p != null && Files.isDirectory(Path.of(p))) return Path.of(p);
        Path rel = SystemUnderTest.root().resolve("../shared");
        return rel;
    }
}
