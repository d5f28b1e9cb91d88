package org.whosaid.analysis.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.engine.eval.RealAlignDev;
import org.whosaid.analysis.engine.eval.RealAlignMetric;
import org.whosaid.analysis.engine.eval.SharedCorpus;
import org.whosaid.analysis.rest.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The product's figure on real coverage: the pages of the shared align-dev set (read at test time, never copied)
 * posted through {@code POST /api/articles} with their url, outlet, language and date (a date alone is 12:00 UTC,
 * no date is left out) into a store that already holds the seeds and the bundled samples; statements and clusters
 * read back through {@code GET /api/articles/{id}/statements}, conflicts through {@code GET /api/conflicts}, and
 * scored with the set's own metric (RealAlignMetric = score.py / score_statements.py). Floors sit a little under
 * the measured figures (docs/alignment.md); the printed report also gives the strict metric and the oracle (each
 * statement given the gold sid it matches), which tells grouping losses from extraction losses.
 */
@QuarkusTest
class RealAlignApiTest {
    /** Link F1 (lenient) on align-dev through the API; measured figures in docs/alignment.md. */
    static final double F1_FLOOR = 0.48;
    static final double PRECISION_FLOOR = 0.78;
    static final double CROSS_LANGUAGE_FLOOR = 0.27;
    static final double FOUND_FLOOR = 0.84;
    static final double SPEAKER_FLOOR = 0.93;

    static final long BASE = 8_800_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void realCoverageMeetsTheFloors() throws IOException {
        RealAlignDev dev = RealAlignDev.load();
        long id = BASE + (System.nanoTime() % 1000) * 1000;
        postSeedsAndSamples(id);
        id += 100;
        Map<Long, String> pageOf = new LinkedHashMap<>();
        for (RealAlignDev.Page p : dev.pages()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", id);
            a.put("version", 1);
            a.put("url", p.url());
            a.put("outlet", p.outlet());
            a.put("language", p.lang());
            if (p.published() != null) a.put("publishedAt", p.published().toString());
            a.put("text", p.text());
            Fixtures.post(a).then().statusCode(201);
            pageOf.put(id++, p.id());
        }
        List<RealAlignMetric.SysStatement> sys = new ArrayList<>();
        Map<String, List<Long>> articlesOfPage = new HashMap<>();
        for (Map.Entry<Long, String> e : pageOf.entrySet()) {
            articlesOfPage.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            String body = given().header("Authorization", Fixtures.KEY).when().get("/api/articles/" + e.getKey() + "/statements")
                    .then().statusCode(200).extract().asString();
            JsonNode arr = JSON.readTree(body).get("items");
            for (JsonNode s : arr) {
                JsonNode sp = s.get("speaker");
                String speaker = sp == null || sp.isNull() ? null : sp.hasNonNull("name") ? sp.get("name").asText() : sp.path("text").asText(null);
                sys.add(new RealAlignMetric.SysStatement(e.getValue(), s.get("quote").get("text").asText(),
                        s.hasNonNull("clusterId") ? s.get("clusterId").asText() : "none-" + s.get("id").asText(), speaker));
            }
        }
        RealAlignMetric m = new RealAlignMetric(dev);
        RealAlignMetric.LinkScore lenient = m.links(sys, false);
        double conflicts = conflictRecall(dev, articlesOfPage);
        Map<String, int[]> found = m.statements(sys);
        StringBuilder report = new StringBuilder();
        report.append("align-dev through the API: ").append(sys.size()).append(" statements on ").append(dev.pages().size()).append(" pages\n")
                .append("  links lenient: ").append(lenient).append('\n')
                .append("  links strict:  ").append(m.links(sys, true)).append('\n')
                .append("  oracle lenient: ").append(m.oracle(sys, false)).append('\n')
                .append(String.format(Locale.ROOT, "  conflicting page-pair recall %.3f%n", conflicts))
                .append(RealAlignMetric.format(found));
        System.out.print(report);
        Path out = Path.of("target/align-dev");
        Files.createDirectories(out);
        Files.writeString(out.resolve("api-report.txt"), report, StandardCharsets.UTF_8);

        assertTrue(lenient.f1() >= F1_FLOOR, "link F1 " + lenient.f1() + " below " + F1_FLOOR + "\n" + report);
        assertTrue(lenient.precision() >= PRECISION_FLOOR, "link precision below " + PRECISION_FLOOR + "\n" + report);
        assertTrue(lenient.crossRecall() >= CROSS_LANGUAGE_FLOOR, "cross-language recall below " + CROSS_LANGUAGE_FLOOR + "\n" + report);
        int[] all = found.get("all");
        assertTrue((double) all[1] / all[0] >= FOUND_FLOOR, "statements found below " + FOUND_FLOOR + "\n" + report);
        assertTrue((double) all[2] / Math.max(1, all[1]) >= SPEAKER_FLOOR, "speaker right below " + SPEAKER_FLOOR + "\n" + report);
    }

    /**
     * Conflicting page pairs (gold: two pages render one sid with variants that do not overlap) recalled when one
     * {@code /api/conflicts} item names articles of both pages under different values.
     */
    private static double conflictRecall(RealAlignDev dev, Map<String, List<Long>> articlesOfPage) throws IOException {
        Map<String, Map<String, Set<String>>> variants = new HashMap<>();
        for (RealAlignDev.Gold g : dev.gold()) {
            if (!g.shared()) continue;
            variants.computeIfAbsent(g.sid(), k -> new HashMap<>()).computeIfAbsent(g.page(), k -> new TreeSet<>())
                    .add(g.variant() == null ? "base" : g.variant());
        }
        Set<String> gold = new TreeSet<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : variants.entrySet()) {
            List<String> pages = new ArrayList<>(new TreeSet<>(e.getValue().keySet()));
            for (int i = 0; i < pages.size(); i++)
                for (int j = i + 1; j < pages.size(); j++) {
                    Set<String> a = new TreeSet<>(e.getValue().get(pages.get(i)));
                    a.retainAll(e.getValue().get(pages.get(j)));
                    if (a.isEmpty()) gold.add(pages.get(i) + "|" + pages.get(j));
                }
        }
        if (gold.isEmpty()) return 1;
        Map<Long, String> page = new HashMap<>();
        articlesOfPage.forEach((p, ids) -> ids.forEach(i -> page.put(i, p)));
        Set<String> hit = new TreeSet<>();
        for (int n = 0; n < 50; n++) {
            String body = given().header("Authorization", Fixtures.KEY).queryParam("page", n).queryParam("size", 200)
                    .when().get("/api/conflicts").then().statusCode(200).extract().asString();
            JsonNode items = JSON.readTree(body).get("items");
            if (items == null || items.isEmpty()) break;
            for (JsonNode c : items) {
                List<Set<String>> sides = new ArrayList<>();
                for (JsonNode v : c.get("values")) {
                    Set<String> ps = new TreeSet<>();
                    for (JsonNode a : v.get("articleIds")) if (page.containsKey(a.asLong())) ps.add(page.get(a.asLong()));
                    sides.add(ps);
                }
                for (int i = 0; i < sides.size(); i++)
                    for (int j = i + 1; j < sides.size(); j++)
                        for (String x : sides.get(i))
                            for (String y : sides.get(j)) {
                                String k = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
                                if (gold.contains(k)) hit.add(k);
                            }
            }
        }
        return (double) hit.size() / gold.size();
    }

    /** The seeds (shared corpus) and the bundled samples (deploy/samples) first, as a store in use would have them. */
    private static void postSeedsAndSamples(long id) throws IOException {
        Path seeds = SharedCorpus.require("seeds");
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", id++);
                a.put("version", 1);
                a.put("outlet", "seed " + p.getFileName());
                a.put("language", "de");
                a.put("text", Files.readString(p, StandardCharsets.UTF_8));
                Fixtures.post(a).then().statusCode(201);
            }
        }
        Path samples = Path.of("../deploy/samples");
        if (!Files.isDirectory(samples)) return;
        try (Stream<Path> s = Files.list(samples)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = JSON.readTree(p.toFile());
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", id++);
                a.put("version", 1);
                for (String f : List.of("url", "outlet", "title", "publishedAt", "language", "text"))
                    if (n.hasNonNull(f)) a.put(f, n.get(f).asText());
                given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(a)
                        .when().post("/api/articles").then().statusCode(201);
            }
        }
    }
}
