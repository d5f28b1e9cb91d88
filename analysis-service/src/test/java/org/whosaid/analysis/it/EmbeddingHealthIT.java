package org.whosaid.analysis.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service with the optional embedding signal switched on through its two config keys (files copied out of the
 * test-scoped MiniLM jar): the readiness check says it is on, and stored statements carry an embedding in their
 * alignment evidence path without breaking ingestion. (Every other test runs with it off.)
 */
@QuarkusTest
@TestProfile(EmbeddingHealthIT.WithModel.class)
class EmbeddingHealthIT {

    public static class WithModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("whosaid-embedding");
                return Map.of("whosaid.align.embedding.model-path", copy("all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx")).toString(),
                        "whosaid.align.embedding.tokenizer-path",
                        copy("all-minilm-l6-v2-q-tokenizer.json", dir.resolve("tokenizer.json")).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path copy(String resource, Path to) throws IOException {
            try (InputStream in = EmbeddingHealthIT.class.getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource + " on the test classpath");
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
            return to;
        }
    }

    @Test
    void healthSaysEmbeddingsAreOnAndArticlesStillAlign() {
        List<Map<String, Object>> checks = given().get("/q/health/ready").then().statusCode(200).extract().path("checks");
        String embedding = checks.stream().map(c -> c.get("data")).filter(d -> d instanceof Map<?, ?>)
                .map(d -> String.valueOf(((Map<?, ?>) d).get("embedding"))).filter(x -> !"null".equals(x)).findFirst().orElse("");
        assertTrue(embedding.startsWith("embedding: on"), "readiness data: " + checks);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> a = Map.of("id", 9_100_000L + i, "version", 1, "outlet", "Harbour Wire " + i,
                    "url", "https://example.invalid/e" + i, "title", "Ferry", "language", "en",
                    "publishedAt", "2026-03-03T10:00:00Z",
                    "text", "“We will reopen the ferry line to Moravin in spring,” transport minister Lena Varga said on Tuesday.");
            int code = given().header("Authorization", "Bearer test-admin-key").contentType("application/json").body(a)
                    .when().post("/api/articles").then().extract().statusCode();
            assertTrue(code == 200 || code == 201, "stored, got " + code);
        }
        List<Object> clusters = given().get("/api/statements?size=50&speaker=varga").then().statusCode(200)
                .extract().path("items.clusterId");
        assertTrue(clusters.size() == 2 && clusters.get(0) != null && clusters.get(0).equals(clusters.get(1)),
                "the two identical renderings form one cluster: " + clusters);
        Object cluster = clusters.get(0);
        List<Object> evidence = given().get("/api/clusters/" + cluster).then().statusCode(200).extract().path("links.evidence");
        assertTrue(String.valueOf(evidence).contains("embedding cosine"), "link evidence names the cosine: " + evidence);
    }
}
