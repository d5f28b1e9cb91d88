package org.whosaid.analysis.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The same articles in any order give the same clusters: the bundled samples (fictional, deploy/samples) are posted
 * three times, in file order, reversed and shuffled, each copy moved by 1,260 days (whole weeks, so weekdays stay,
 * and whole key buckets; copies never meet), and the clusters read back through the API must group the same renderings each time.
 */
@QuarkusTest
class OrderIndependenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Copies are moved by whole weeks, months (30 days) and half years (180 days) of the key buckets: 1,260 days. */
    private static final long SHIFT_DAYS = 1260;

    @Test
    void shuffledOrdersGiveTheSameClusters() throws IOException {
        Path dir = Path.of("../deploy/samples");
        List<JsonNode> samples = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) samples.add(JSON.readTree(p.toFile()));
        }
        assertTrue(samples.size() >= 6, "the bundled samples are there");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) order.add(i);
        List<Integer> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        List<Integer> shuffled = new ArrayList<>(order);
        Collections.shuffle(shuffled, new Random(7));
        Set<Set<String>> first = null;
        int copy = 1;
        for (List<Integer> o : List.of(order, reversed, shuffled)) {
            long base = Fixtures.nextId() * 100;
            for (int i : o) {
                JsonNode n = samples.get(i);
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", base + i);
                a.put("version", 1);
                a.put("url", n.get("url").asText() + "?copy=" + copy);
                a.put("outlet", n.get("outlet").asText());
                a.put("title", n.get("title").asText());
                a.put("language", n.get("language").asText());
                a.put("publishedAt", OffsetDateTime.parse(n.get("publishedAt").asText()).plusDays(SHIFT_DAYS * copy).toString());
                a.put("text", n.get("text").asText());
                given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(a)
                        .when().post("/api/articles").then().statusCode(201);
            }
            Set<Set<String>> partition = partition(base, samples.size());
            System.out.println("order " + o + ": " + new TreeSet<>(partition.stream().map(Object::toString).toList()));
            if (first == null) first = partition;
            else assertEquals(first, partition, "order " + o + " grouped the samples differently");
            copy++;
        }
    }

    /** The clusters of the copy's statements, each statement named by its sample index and local id. */
    private static Set<Set<String>> partition(long base, int n) throws IOException {
        Map<String, Set<String>> byCluster = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            JsonNode arr = JSON.readTree(given().when().get("/api/articles/" + (base + i) + "/statements")
                    .then().statusCode(200).extract().asString()).get("items");
            for (JsonNode s : arr) {
                String local = s.get("id").asText().substring(String.valueOf(base + i).length() + 1);
                byCluster.computeIfAbsent(s.get("clusterId").asText(), k -> new TreeSet<>()).add(i + "/" + local);
            }
        }
        return new java.util.HashSet<>(byCluster.values());
    }
}
