package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AnalyzeApiTest {

    @Test
    void analyzeFindsTheQuoteAndItsSpeakerWithOffsets() {
        String text = Fixtures.bridgeDe("");
        int start = text.indexOf("Wir werden");
        given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "de"))
                .when().post("/api/analyze")
                .then().statusCode(200)
                .body("language", equalTo("de"))
                .body("extractorVersion", notNullValue())
                .body("statements.size()", greaterThanOrEqualTo(1))
                .body("statements[0].quote.spans[0].start", equalTo(start))
                .body("statements[0].speaker.name", containsString("Kowalczyk"))
                .body("statements[0].articleId", equalTo(null));
    }

    @Test
    void emptyTextIs400WithJsonError() {
        given().contentType(ContentType.JSON).body(Map.of("text", "  "))
                .when().post("/api/analyze")
                .then().statusCode(400).body("error", equalTo("bad-request")).body("detail", containsString("empty"));
    }

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/analyze")
                .then().statusCode(400).body("error", notNullValue());
    }

    @Test
    void oversizedTextIs413WithJsonError() {
        String big = "a".repeat(2 * 1024 * 1024 + 10);
        given().contentType(ContentType.JSON).body(Map.of("text", big))
                .when().post("/api/analyze")
                .then().statusCode(413).body("error", equalTo("too-large"));
    }

    @Test
    void badLanguageIs400() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Hallo.", "language", "<script>"))
                .when().post("/api/analyze")
                .then().statusCode(400).body("error", equalTo("bad-request"));
    }

    @Test
    void responsesCarrySecurityHeaders() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Hallo Welt."))
                .when().post("/api/analyze")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void openApiDocumentsTheStatementSchema() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.schemas.Statement.properties.channel", notNullValue())
                .body("components.schemas.Statement.properties.intermediary", notNullValue())
                .body("components.schemas.Statement.properties.parentId", notNullValue());
    }

    @Test
    void readinessReportsDatabaseAndLexicon() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'analysis-database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'analysis-database' }.data.lexicon", containsString("de-en"));
    }
}
