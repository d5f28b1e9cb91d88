package org.whosaid.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whosaid.ingest.support.FakeAnalysisResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What a client generator and Swagger UI read from /q/openapi: ids, summaries, bodies, status codes, the key. */
@QuarkusTest
@QuarkusTestResource(FakeAnalysisResource.class)
class OpenApiTest {

    JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    JsonNode op(String path, String method) {
        JsonNode o = doc.path("paths").path(path).path(method);
        assertFalse(o.isMissingNode(), method + " " + path + " is documented");
        return o;
    }

    @Test
    void everyOperationHasAnIdAndASummary() {
        Set<String> ids = new HashSet<>();
        Set<String> generic = Set.of("get", "list", "post", "put", "delete", "batch", "upload", "raw", "diff", "poll");
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> e = m.next();
                String where = e.getKey() + " " + path.getKey();
                String id = e.getValue().path("operationId").asText("");
                assertTrue(id.length() > 6 && !generic.contains(id.toLowerCase()), where + ": a telling operationId, not '" + id + "'");
                assertTrue(ids.add(id), where + ": operationId " + id + " is unique");
                assertTrue(e.getValue().path("summary").asText("").length() > 8, where + ": a summary");
                n++;
            }
        }
        assertTrue(n >= 25, "all operations: " + n);
        assertEquals("ingestArticle", op("/api/articles", "post").path("operationId").asText());
    }

    @Test
    void writesDocumentTheirBodiesAndRealStatusCodes() {
        JsonNode post = op("/api/articles", "post");
        JsonNode content = post.path("requestBody").path("content");
        assertTrue(content.path("application/json").path("schema").path("$ref").asText().endsWith("/ArticleSubmission"),
                "JSON body schema: " + content);
        JsonNode props = doc.path("components").path("schemas").path("ArticleSubmission").path("properties");
        for (String f : List.of("url", "outlet", "title", "publishedAt", "language", "text", "html")) {
            assertTrue(props.has(f), "ArticleSubmission." + f);
        }
        assertTrue(content.has("text/plain") && content.has("text/html"), "pasted text and HTML are bodies too");
        assertTrue(post.path("responses").has("201") && post.path("responses").has("200"), "201 stored, 200 seen before");
        assertTrue(post.path("responses").path("201").path("content").path("application/json").path("schema").has("$ref"),
                "the stored article's schema");
        assertTrue(op("/api/feeds", "post").path("responses").has("201"), "subscribing answers 201");
        assertFalse(op("/api/feeds", "post").path("responses").has("200"), "subscribing never answers 200");
        assertTrue(op("/api/outlets", "post").path("responses").has("201"), "adding an outlet answers 201");
        assertTrue(op("/api/articles/{id}", "delete").path("responses").has("204"), "takedown answers 204");
        assertTrue(op("/api/articles/batch", "post").path("requestBody").path("content").has("application/x-ndjson"), "JSONL body");
        for (String list : List.of("/api/articles/{id}/versions", "/api/articles/{id}/sections", "/api/outbox/failed")) {
            String ref = op(list, "get").path("responses").path("200").path("content").path("application/json").path("schema")
                    .path("$ref").asText();
            assertTrue(ref.contains("PageResult"), list + " is a page: " + ref);
        }
    }

    @Test
    void theApiKeyIsABearerSchemeOnTheCallsThatNeedIt() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        List<String> names = new ArrayList<>();
        schemes.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("apiKey"), names, "one scheme, the API key (no OIDC without a URL)");
        assertEquals("http", schemes.path("apiKey").path("type").asText());
        assertEquals("bearer", schemes.path("apiKey").path("scheme").asText());
        for (String[] w : new String[][] {{"/api/articles", "post"}, {"/api/articles/{id}", "delete"}, {"/api/feeds", "post"},
                {"/api/outlets/{id}", "put"}, {"/api/outbox", "get"}, {"/api/outbox/failed", "get"}}) {
            JsonNode o = op(w[0], w[1]);
            assertEquals("apiKey", o.path("security").path(0).fieldNames().next(), w[1] + " " + w[0] + " needs the key");
            assertTrue(o.path("responses").has("401") && o.path("responses").has("403"), w[1] + " " + w[0] + " 401/403");
        }
        for (String[] r : new String[][] {{"/api/articles", "get"}, {"/api/articles/{id}", "get"}, {"/api/feeds", "get"}}) {
            assertTrue(op(r[0], r[1]).path("security").isMissingNode(), r[1] + " " + r[0] + " is open");
        }
    }

    /**
     * The document says what the service does: every operation it marks as needing the key answers 401 without one,
     * every other one does not; every body it documents has a schema, and every operation documents its success.
     */
    @Test
    void theDocumentedSecurityIsWhatTheServiceDoes() {
        int checked = 0;
        List<String> wrong = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> e = m.next();
                String method = e.getKey().toUpperCase(java.util.Locale.ROOT);
                String where = method + " " + path.getKey();
                JsonNode op = e.getValue();
                boolean documented = !op.path("security").isMissingNode()
                        && "apiKey".equals(op.path("security").path(0).fieldNames().next());
                boolean write = !method.equals("GET");
                if (!(documented || !write || where.equals("POST /api/analyze"))) wrong.add(where + ": a write needs the key");
                for (Iterator<Map.Entry<String, JsonNode>> c = op.path("requestBody").path("content").fields(); c.hasNext(); ) {
                    Map.Entry<String, JsonNode> body = c.next();
                    if (!body.getValue().has("schema")) wrong.add(where + ": body " + body.getKey() + " has no schema");
                }
                boolean success = false;
                for (Iterator<String> codes = op.path("responses").fieldNames(); codes.hasNext(); ) {
                    success |= codes.next().startsWith("2");
                }
                if (!success) wrong.add(where + ": no 2xx answer documented: " + op.path("responses"));
                int status = given().contentType("application/json").body("{}").request(method, path.getKey().replaceAll("\\{[^}]+}", "1"))
                        .then().extract().statusCode();
                if (documented && status != 401) wrong.add(where + " without a key answered " + status + ", not 401");
                if (!documented && (status == 401 || status == 403)) wrong.add(where + " is documented open but answered " + status);
                checked++;
            }
        }
        assertEquals(List.of(), wrong, "what the document says and what the service does differ");
        assertTrue(checked >= 17, "operations called: " + checked);
    }
}
