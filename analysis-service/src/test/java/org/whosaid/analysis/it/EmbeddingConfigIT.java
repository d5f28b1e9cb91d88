package org.whosaid.analysis.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The optional embedding signal configured with a model file that is not there: the service still starts, the
 * readiness check says the signal is off and why, and articles are stored and aligned as without it. (Loading a real
 * model is {@code EmbedderTest}'s job: a JNI library can be loaded by one class loader per JVM only, so the Quarkus
 * tests never load it.)
 */
@QuarkusTest
@TestProfile(EmbeddingConfigIT.MissingModel.class)
class EmbeddingConfigIT {

    public static class MissingModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.align.embedding.model-path", "/nonexistent/whosaid/model.onnx",
                    "whosaid.align.embedding.tokenizer-path", "/nonexistent/whosaid/tokenizer.json");
        }
    }

    @Test
    void aMissingModelLeavesTheSignalOffAndTheServiceWorking() {
        List<Map<String, Object>> checks = given().get("/q/health/ready").then().statusCode(200).extract().path("checks");
        String embedding = checks.stream().map(c -> c.get("data")).filter(d -> d instanceof Map<?, ?>)
                .map(d -> String.valueOf(((Map<?, ?>) d).get("embedding"))).filter(x -> !"null".equals(x)).findFirst().orElse("");
        assertTrue(embedding.startsWith("embedding: off") && embedding.contains("/nonexistent/whosaid/model.onnx"),
                "readiness data: " + checks);
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
        List<Object> evidence = given().get("/api/clusters/" + clusters.get(0)).then().statusCode(200).extract().path("links.evidence");
        assertTrue(!String.valueOf(evidence).contains("embedding cosine"), "no embedding signal when off: " + evidence);
    }
}
