package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** What a client generator and Swagger UI read from /q/openapi: ids, summaries, bodies, status codes, the key. */
@QuarkusTest
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
        Set<String> generic = Set.of("get", "list", "post", "put", "delete", "store", "job", "analyze", "decide");
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> e = m.next();
                String where = e.getKey() + " " + path.getKey();
                String id = e.getValue().path("operationId").asText("");
                assertTrue(id.length() > 6 && !generic.contains(id.toLowerCase()), where + ": a telling operationId, not '" + id + "'");
                assertTrue(ids.add(id), where + ": operationId " + id + " is unique");
                assertTrue(e.getValue().path("summary").asText("").length() > 10, where + ": a summary");
                n++;
            }
        }
        assertTrue(n >= 17, "all operations: " + n);
        assertEquals("listArticleStatements", op("/api/articles/{id}/statements", "get").path("operationId").asText());
    }

    @Test
    void writesDocumentTheirBodiesAndRealStatusCodes() {
        JsonNode store = op("/api/articles", "post");
        assertTrue(store.path("requestBody").path("content").path("application/json").path("schema").has("$ref"), "article body schema");
        assertTrue(store.path("responses").has("201") && store.path("responses").has("200") && store.path("responses").has("409"),
                "201 created, 200 same version, 409 older: " + store.path("responses"));
        JsonNode decide = op("/api/clusters/{id}/decisions", "post");
        String ref = decide.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText();
        assertTrue(ref.endsWith("/DecisionIn"), "decision body: " + ref);
        assertTrue(op("/api/admin/reanalyze", "post").path("responses").has("202"), "reanalyze answers 202");
        assertFalse(op("/api/admin/reanalyze", "post").path("responses").has("200"), "reanalyze never answers 200");
        assertTrue(op("/api/articles/{id}", "delete").path("responses").has("204"), "takedown answers 204");
        JsonNode analyze = op("/api/analyze", "post");
        assertTrue(analyze.path("requestBody").path("content").path("application/json").path("schema").has("$ref"), "analyze body");
        assertTrue(analyze.path("responses").path("200").path("content").path("application/json").path("schema").has("$ref"),
                "analyze answer schema");
        JsonNode list = op("/api/articles/{id}/statements", "get").path("responses").path("200");
        assertTrue(list.path("content").path("application/json").path("schema").path("$ref").asText().contains("PageJson"),
                "statements of an article are a page: " + list);
    }

    @Test
    void theApiKeyIsABearerSchemeOnTheWritesThatNeedIt() {
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertEquals(List.of("apiKey"), iter(schemes.fieldNames()), "one scheme, the API key (no OIDC without a URL)");
        assertEquals("http", schemes.path("apiKey").path("type").asText());
        assertEquals("bearer", schemes.path("apiKey").path("scheme").asText());
        for (String[] w : new String[][] {{"/api/articles", "post"}, {"/api/articles/{id}", "delete"},
                {"/api/clusters/{id}/decisions", "post"}, {"/api/admin/reanalyze", "post"}, {"/api/admin/reanalyze/{job}", "get"}}) {
            JsonNode o = op(w[0], w[1]);
            assertEquals("apiKey", o.path("security").path(0).fieldNames().next(), w[1] + " " + w[0] + " needs the key");
            assertTrue(o.path("responses").has("401") && o.path("responses").has("403"), w[1] + " " + w[0] + " 401/403");
        }
        for (String[] r : new String[][] {{"/api/statements", "get"}, {"/api/analyze", "post"}, {"/api/clusters", "get"}}) {
            assertTrue(op(r[0], r[1]).path("security").isMissingNode(), r[1] + " " + r[0] + " is open");
        }
        assertTrue(doc.path("security").isMissingNode(), "no global requirement: reads are open");
    }

    private static List<String> iter(Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
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
