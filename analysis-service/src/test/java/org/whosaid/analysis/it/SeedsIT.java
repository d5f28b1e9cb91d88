package org.whosaid.analysis.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The five seed articles (read at run time from the shared corpus, never copied) posted to POST /api/articles as
 * plain bodies; then what a fact-checker checks: the Hnatow first-name conflict, one person each for Umjerow/Umerow
 * and Steve/Steven Witkoff, and Uschakow's and Lawrow's statements kept apart.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedsIT {

    static final long BASE = 7_700_000L;
    static final String[] OUTLETS = {"Berliner Zeitung", "ntv.de", "ntv.de", "dpa", "AFP"};

    static Path seeds() {
        List<Path> roots = new ArrayList<>();
        String prop = System.getProperty("whosaid.shared");
        if (prop != null) {
            roots.add(Path.of(prop));
        }
        roots.add(Path.of("../shared"));
        roots.add(Path.of("../../shared"));
        for (Path r : roots) {
            Path s = r.resolve("corpus/seeds");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        return null;
    }

    private boolean posted;

    @BeforeEach
    void postSeeds() throws IOException {
        Path dir = seeds();
        assumeTrue(dir != null, "shared corpus with seeds not found (set -Dwhosaid.shared); skipping");
        if (posted) {
            return;
        }
        posted = true;
        assumeTrue(dir != null, "shared corpus with seeds not found (set -Dwhosaid.shared); skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", BASE + i);
            a.put("version", 1);
            a.put("outlet", i < OUTLETS.length ? OUTLETS[i] : "seed " + i);
            a.put("url", "https://seed.example/" + i);
            a.put("title", files.get(i).getFileName().toString());
            a.put("language", "de");
            a.put("text", Files.readString(files.get(i), StandardCharsets.UTF_8));
            int code = given().header("Authorization", "Bearer test-admin-key").contentType(ContentType.JSON).body(a)
                    .when().post("/api/articles").then().extract().statusCode();
            assertTrue(code == 200 || code == 201, "seed " + i + " stored, got " + code);
        }
    }

    @Test
    @Order(1)
    void everySeedIsAnalysedAndBrowsable() {
        for (int i = 0; i < 5; i++) {
            List<Object> st = given().get("/api/articles/" + (BASE + i) + "/statements").then().statusCode(200)
                    .extract().path("items");
            assertFalse(st.isEmpty(), "seed " + i + " has statements");
        }
    }

    @Test
    @Order(2)
    void hnatowFirstNameConflictIsListed() {
        List<Map<String, Object>> conflicts = given().get("/api/conflicts?kind=name&size=200").then().statusCode(200)
                .extract().path("items");
        boolean found = false;
        for (Map<String, Object> c : conflicts) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> values = (List<Map<String, Object>>) c.get("values");
            Set<String> firsts = new TreeSet<>();
            for (Map<String, Object> v : values) {
                String name = String.valueOf(v.get("value"));
                if (name.contains("Hnatow")) {
                    firsts.add(name.split(" ")[0]);
                }
            }
            found |= firsts.contains("Jurij") && firsts.contains("Andrij");
        }
        assertTrue(found, "a name conflict Jurij vs Andrij Hnatow in " + conflicts);
    }

    @Test
    @Order(3)
    void umerowIsOnePerson() {
        assertOnePerson("Umerow", "Umjerow");
    }

    @Test
    @Order(4)
    void witkoffIsOnePerson() {
        assertOnePerson("Witkoff", null);
    }

    private void assertOnePerson(String q, String alsoSpelled) {
        List<Map<String, Object>> items = given().get("/api/speakers?q=" + q).then().statusCode(200).extract().path("items");
        List<Map<String, Object>> persons = items.stream().filter(p -> "person".equals(p.get("kind"))).toList();
        assertEquals(1, persons.size(), "one person for " + q + ": " + persons);
        if (alsoSpelled != null) {
            List<Map<String, Object>> again = given().get("/api/speakers?q=" + alsoSpelled).then().extract().path("items");
            assertEquals(persons.get(0).get("entityId"), again.stream().filter(p -> "person".equals(p.get("kind")))
                    .findFirst().map(p -> p.get("entityId")).orElse(null), alsoSpelled + " finds the same person");
        }
    }

    @Test
    @Order(5)
    void uschakowAndLawrowAreNotInOneCluster() {
        Set<Object> uschakow = clustersOf("uschakow");
        Set<Object> lawrow = clustersOf("lawrow");
        assumeTrue(!uschakow.isEmpty() && !lawrow.isEmpty(), "extractor found statements of both");
        for (Object c : uschakow) {
            assertFalse(lawrow.contains(c), "cluster " + c + " holds statements of Uschakow and Lawrow");
        }
    }

    /**
     * Uschakow's "a meeting must be well prepared" (000) and Lawrow's "contacts must be prepared very carefully" (004):
     * the same position from two speakers months apart, so their clusters list each other as related.
     */
    @Test
    @Order(6)
    void uschakowAndLawrowClustersAreRelated() {
        Set<Object> uschakow = clustersWith("uschakow", "vorbereitet");
        Set<Object> lawrow = clustersWith("lawrow", "vorbereitet");
        assumeTrue(!uschakow.isEmpty() && !lawrow.isEmpty(), "extractor found both 'prepared' statements");
        boolean linked = false;
        for (Object c : uschakow) {
            List<Object> related = given().get("/api/clusters/" + c).then().statusCode(200).extract().path("related.clusterId");
            for (Object r : related == null ? List.of() : related) {
                linked |= lawrow.contains(String.valueOf(r));
            }
        }
        assertTrue(linked, "a cluster of Uschakow's statement " + uschakow + " lists Lawrow's " + lawrow + " as related");
    }

    private Set<Object> clustersWith(String speaker, String word) {
        List<Map<String, Object>> items = given().get("/api/statements?size=200&speaker=" + speaker).then().statusCode(200)
                .extract().path("items");
        Set<Object> out = new TreeSet<>();
        for (Map<String, Object> st : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> quote = (Map<String, Object>) st.get("quote");
            if (quote != null && String.valueOf(quote.get("text")).contains(word) && st.get("clusterId") != null) {
                out.add(String.valueOf(st.get("clusterId")));
            }
        }
        return out;
    }

    private Set<Object> clustersOf(String speaker) {
        List<Object> ids = given().get("/api/statements?size=200&speaker=" + speaker).then().statusCode(200)
                .extract().path("items.clusterId");
        return new TreeSet<>(ids.stream().map(String::valueOf).toList());
    }
}
