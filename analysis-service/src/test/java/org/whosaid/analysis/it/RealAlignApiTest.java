package org.whosaid.analysis.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    /** Link F1 (lenient) on align-dev through the API; measured figures in docs/alignment.md (0.639 with CoordinatedCue). */
    static final double F1_FLOOR = 0.63;
    /** 0.842 with AlsoRenders; 0.861 once an undated recap of an earlier meeting keeps its own day (UndatedDay) */
    static final double PRECISION_FLOOR = 0.85;
    /** 0.459 measured */
    static final double CROSS_LANGUAGE_FLOOR = 0.44;
    /** Conflicting page pairs recalled through {@code /api/conflicts} (13 of 21 measured). */
    static final double CONFLICT_FLOOR = 0.60;
    static final double FOUND_FLOOR = 0.86;
    /** gold statements found per language (issue 13: at least 0.85 in each); measured de 128/150, en 114/130 */
    static final Map<String, Double> FOUND_FLOOR_BY_LANGUAGE = Map.of("de", 0.85, "en", 0.88);
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
        Map<String, String> statementIds = new HashMap<>();
        Map<String, RealAlignMetric.SysStatement> statementById = new HashMap<>();
        Set<RealAlignMetric.SysStatement> nested = new HashSet<>();
        Map<String, List<Long>> articlesOfPage = new HashMap<>();
        for (Map.Entry<Long, String> e : pageOf.entrySet()) {
            articlesOfPage.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
            String body = given().header("Authorization", Fixtures.KEY).when().get("/api/articles/" + e.getKey() + "/statements")
                    .then().statusCode(200).extract().asString();
            JsonNode arr = JSON.readTree(body).get("items");
            for (JsonNode s : arr) {
                String speaker = speakerOf(s);
                RealAlignMetric.SysStatement st = new RealAlignMetric.SysStatement(e.getValue(), s.get("quote").get("text").asText(),
                        s.hasNonNull("clusterId") ? s.get("clusterId").asText() : "none-" + s.get("id").asText(), speaker);
                sys.add(st);
                statementById.put(s.get("id").asText(), st);
                if (s.hasNonNull("parentId")) nested.add(st);
                statementIds.put(s.get("id").asText(), e.getValue() + " cluster " + st.cluster() + " [" + speaker + "] " + st.text());
            }
        }
        int also = readAlsoRenders(pageOf, sys);
        RealAlignMetric m = new RealAlignMetric(dev);
        RealAlignMetric.LinkScore lenient = m.links(sys, false);
        ConflictScore conflicts = conflictRecall(dev, articlesOfPage, m, statementById);
        Map<String, int[]> found = m.statements(sys);
        StringBuilder report = new StringBuilder();
        report.append("align-dev through the API: ").append(sys.size() - also).append(" statements on ").append(dev.pages().size())
                .append(" pages, ").append(also).append(" of them also shown in a second cluster\n")
                .append("  links lenient: ").append(lenient).append('\n')
                .append("  links strict:  ").append(m.links(sys, true)).append('\n')
                .append("  oracle lenient: ").append(m.oracle(sys, false)).append('\n')
                .append(String.format(Locale.ROOT, "  conflicting page-pair recall %.3f (%d/%d; %d with the conflicting statement on both sides);"
                        + " conflicts reported %d, of them on gold conflicting pairs %d, on the conflicting statement itself %d%n",
                        conflicts.recall(), conflicts.hit(), conflicts.gold(), conflicts.sidHits().size(), conflicts.reported(),
                        conflicts.onGold(), conflicts.onSid()))
                .append("  conflicts by kind (on the conflicting statement / on a gold conflicting pair / reported): ")
                .append(conflicts.byKind()).append('\n')
                .append(RealAlignMetric.format(found));
        System.out.print(report);
        Path out = Path.of("target/align-dev");
        Files.createDirectories(out);
        Files.writeString(out.resolve("api-report.txt"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("conflicts.txt"), conflicts.explain(m, sys, statementIds), StandardCharsets.UTF_8);
        Files.write(out.resolve("api-statements.jsonl"), scorerInput(sys, nested), StandardCharsets.UTF_8);

        assertTrue(lenient.f1() >= F1_FLOOR, "link F1 " + lenient.f1() + " below " + F1_FLOOR + "\n" + report);
        assertTrue(lenient.precision() >= PRECISION_FLOOR, "link precision below " + PRECISION_FLOOR + "\n" + report);
        assertTrue(lenient.crossRecall() >= CROSS_LANGUAGE_FLOOR, "cross-language recall below " + CROSS_LANGUAGE_FLOOR + "\n" + report);
        assertTrue(conflicts.recall() >= CONFLICT_FLOOR, "conflicting page-pair recall below " + CONFLICT_FLOOR + "\n" + report);
        int[] all = found.get("all");
        assertTrue((double) all[1] / all[0] >= FOUND_FLOOR, "statements found below " + FOUND_FLOOR + "\n" + report);
        assertTrue((double) all[2] / Math.max(1, all[1]) >= SPEAKER_FLOOR, "speaker right below " + SPEAKER_FLOOR + "\n" + report);
        for (Map.Entry<String, Double> f : FOUND_FLOOR_BY_LANGUAGE.entrySet()) {
            int[] c = found.get(f.getKey());
            assertTrue((double) c[1] / c[0] >= f.getValue(), f.getKey() + ": statements found below " + f.getValue() + "\n" + report);
        }
    }

    /** The statement's speaker as the set's scorer takes it: the resolved name, else the mention, else null. */
    /**
     * The statements as score.py reads them (one JSON object per line; a statement in a second cluster appears twice;
     * "nested": reported inside another statement).
     */
    private static List<String> scorerInput(List<RealAlignMetric.SysStatement> sys, Set<RealAlignMetric.SysStatement> nested)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (RealAlignMetric.SysStatement s : sys) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("page", s.page());
            line.put("text", s.text());
            line.put("cluster", s.cluster());
            line.put("speaker", s.speaker());
            if (nested.contains(s)) line.put("nested", true);
            lines.add(JSON.writeValueAsString(line));
        }
        return lines;
    }

    private static String speakerOf(JsonNode statement) {
        JsonNode sp = statement.get("speaker");
        return sp == null || sp.isNull() ? null : sp.hasNonNull("name") ? sp.get("name").asText() : sp.path("text").asText(null);
    }

    /**
     * Adds, for every cluster of the align-dev statements, the renderings of other clusters it lists as also carrying
     * its utterance ({@code alsoRenders}): read from the clusters, as a fact-checker sees them.
     *
     * @return how many were added
     */
    private static int readAlsoRenders(Map<Long, String> pageOf, List<RealAlignMetric.SysStatement> sys) throws IOException {
        int n = 0;
        for (String cluster : new java.util.TreeSet<>(sys.stream().map(RealAlignMetric.SysStatement::cluster)
                .filter(c -> !c.startsWith("none-")).toList())) {
            String body = given().header("Authorization", Fixtures.KEY).when().get("/api/clusters/" + cluster)
                    .then().statusCode(200).extract().asString();
            for (JsonNode a : JSON.readTree(body).path("alsoRenders")) {
                JsonNode s = a.get("statement");
                String page = pageOf.get(s.get("articleId").asLong());
                if (page == null) continue;
                String speaker = speakerOf(s);
                sys.add(new RealAlignMetric.SysStatement(page, s.get("quote").get("text").asText(), cluster, speaker));
                n++;
            }
        }
        return n;
    }

    /**
     * The conflict figures: gold conflicting page pairs (two pages render one sid with variants that do not overlap),
     * those recalled (one {@code /api/conflicts} item names articles of both pages under different values), the
     * conflicts reported on align-dev (items naming articles of two align-dev pages under different values) and how
     * many of those name a gold conflicting pair; stricter, the pairs and items whose two sides hold statements that
     * both match a conflicting sid of that pair (an unrelated conflict between two such pages does not count); the
     * items themselves for {@link ConflictScore#explain}.
     */
    record ConflictScore(Map<String, String> goldPairs, Set<String> hits, Set<String> sidHits, int reported, int onGold,
            int onSid, List<String> items) {
        int gold() {
            return goldPairs.size();
        }

        int hit() {
            return hits.size();
        }

        double recall() {
            return goldPairs.isEmpty() ? 1 : (double) hits.size() / goldPairs.size();
        }

        /**
         * Per conflict kind ("count", "content", "name" …) how many reported items stand on the conflicting statement,
         * how many on a gold conflicting page pair at all, and how many were reported: "count 1/1/1, name 0/1/4".
         */
        String byKind() {
            Map<String, int[]> k = new java.util.TreeMap<>();
            for (String i : items) {
                String[] w = i.split("\\s+", 3);
                int[] n = k.computeIfAbsent(w[1], x -> new int[3]);
                if (w[0].equals("SID")) n[0]++;
                if (!w[0].equals("OTHER")) n[1]++;
                n[2]++;
            }
            StringBuilder b = new StringBuilder();
            k.forEach((kind, n) -> b.append(b.length() == 0 ? "" : ", ").append(kind).append(' ').append(n[0]).append('/')
                    .append(n[1]).append('/').append(n[2]));
            return b.length() == 0 ? "none" : b.toString();
        }

        /** Every gold conflicting pair with the statements of its sid on both pages and their clusters, then every conflict. */
        String explain(RealAlignMetric m, List<RealAlignMetric.SysStatement> sys, Map<String, String> statementIds) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, String> e : goldPairs.entrySet()) {
                String[] p = e.getKey().split("\\|");
                b.append(sidHits.contains(e.getKey()) ? "SID  " : hits.contains(e.getKey()) ? "HIT  " : "MISS ").append(e.getValue()).append(' ').append(e.getKey()).append('\n');
                for (RealAlignMetric.SysStatement s : sys) {
                    Set<String> sids = m.matchSids(s.page(), s.text(), false);
                    if ((s.page().equals(p[0]) || s.page().equals(p[1])) && Stream.of(e.getValue().split("\\+")).anyMatch(sids::contains))
                        b.append("     ").append(s.page()).append(" cluster ").append(s.cluster()).append(' ').append(sids).append(": ").append(s.text()).append('\n');
                }
            }
            b.append("\nconflicts naming align-dev pages\n");
            for (String i : items) {
                b.append(i).append('\n');
                java.util.regex.Matcher ids = java.util.regex.Pattern.compile("statements=\\[([^\\]]*)\\]").matcher(i);
                while (ids.find())
                    for (String id : ids.group(1).split(",\\s*"))
                        if (statementIds.containsKey(id)) b.append("     ").append(statementIds.get(id)).append('\n');
            }
            return b.toString();
        }
    }

    private static ConflictScore conflictRecall(RealAlignDev dev, Map<String, List<Long>> articlesOfPage, RealAlignMetric m,
            Map<String, RealAlignMetric.SysStatement> statementById) throws IOException {
        Map<String, Map<String, Set<String>>> variants = new HashMap<>();
        for (RealAlignDev.Gold g : dev.gold()) {
            if (!g.shared()) continue;
            variants.computeIfAbsent(g.sid(), k -> new HashMap<>()).computeIfAbsent(g.page(), k -> new TreeSet<>())
                    .add(g.variant() == null ? "base" : g.variant());
        }
        Map<String, String> gold = new java.util.TreeMap<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : variants.entrySet()) {
            List<String> pages = new ArrayList<>(new TreeSet<>(e.getValue().keySet()));
            for (int i = 0; i < pages.size(); i++)
                for (int j = i + 1; j < pages.size(); j++) {
                    Set<String> a = new TreeSet<>(e.getValue().get(pages.get(i)));
                    a.retainAll(e.getValue().get(pages.get(j)));
                    if (a.isEmpty()) gold.merge(pages.get(i) + "|" + pages.get(j), e.getKey(), (x, y) -> x + "+" + y);
                }
        }
        Map<Long, String> page = new HashMap<>();
        articlesOfPage.forEach((p, ids) -> ids.forEach(i -> page.put(i, p)));
        Set<String> hit = new TreeSet<>(), sidHit = new TreeSet<>();
        int reported = 0, onGold = 0, onSid = 0;
        List<String> items = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            String body = given().header("Authorization", Fixtures.KEY).queryParam("page", n).queryParam("size", 200)
                    .when().get("/api/conflicts").then().statusCode(200).extract().asString();
            JsonNode items0 = JSON.readTree(body).get("items");
            if (items0 == null || items0.isEmpty()) break;
            for (JsonNode c : items0) {
                List<Set<String>> sides = new ArrayList<>();
                List<List<RealAlignMetric.SysStatement>> said = new ArrayList<>();
                StringBuilder d = new StringBuilder();
                for (JsonNode v : c.get("values")) {
                    List<RealAlignMetric.SysStatement> st = new ArrayList<>();
                    for (JsonNode x : v.path("statementIds")) if (statementById.containsKey(x.asText())) st.add(statementById.get(x.asText()));
                    said.add(st);
                    Set<String> ps = new TreeSet<>();
                    for (JsonNode a : v.get("articleIds")) if (page.containsKey(a.asLong())) ps.add(page.get(a.asLong()));
                    sides.add(ps);
                    d.append(" | ").append(v.path("value").asText()).append(' ').append(ps).append(" statements=").append(v.path("statementIds"));
                }
                boolean twoPages = false, onGoldPair = false;
                for (int i = 0; i < sides.size(); i++)
                    for (int j = i + 1; j < sides.size(); j++)
                        for (String x : sides.get(i))
                            for (String y : sides.get(j)) {
                                if (x.equals(y)) continue;
                                twoPages = true;
                                String k = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
                                if (gold.containsKey(k)) {
                                    hit.add(k);
                                    onGoldPair = true;
                                }
                            }
                boolean onSidPair = false;
                for (int i = 0; i < said.size(); i++)
                    for (int j = i + 1; j < said.size(); j++)
                        for (RealAlignMetric.SysStatement x : said.get(i))
                            for (RealAlignMetric.SysStatement y : said.get(j)) {
                                String k = x.page().compareTo(y.page()) < 0 ? x.page() + "|" + y.page() : y.page() + "|" + x.page();
                                if (x.page().equals(y.page()) || !gold.containsKey(k)) continue;
                                Set<String> common = new TreeSet<>(m.matchSids(x.page(), x.text(), false));
                                common.retainAll(m.matchSids(y.page(), y.text(), false));
                                common.retainAll(List.of(gold.get(k).split("\\+")));
                                if (!common.isEmpty()) {
                                    sidHit.add(k);
                                    onSidPair = true;
                                }
                            }
                if (twoPages) {
                    reported++;
                    if (onGoldPair) onGold++;
                    if (onSidPair) onSid++;
                    items.add((onSidPair ? "SID   " : onGoldPair ? "GOLD  " : "OTHER ") + c.path("kind").asText() + " / " + c.path("subject").asText() + d
                            .toString().replace("\"", ""));
                }
            }
        }
        return new ConflictScore(gold, hit, sidHit, reported, onGold, onSid, items);
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
