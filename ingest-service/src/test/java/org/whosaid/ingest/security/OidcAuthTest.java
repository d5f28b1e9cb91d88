package org.whosaid.ingest.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.whosaid.ingest.security.TestTokens.ISSUER;
import static org.whosaid.ingest.security.TestTokens.STRANGER;
import static org.whosaid.ingest.security.TestTokens.TRUSTED;

/** OIDC bearer tokens next to API keys: the right role writes, another role is forbidden, a bad token is refused. */
@QuarkusTest
@TestProfile(TestTokens.OidcProfile.class)
class OidcAuthTest {

    static Map<String, String> article() {
        return Map.of("url", "https://kuestenbote.example/lokal/" + UUID.randomUUID(), "title", "Neue Fähre für Hallig Ostersand",
                "text", "Die Fährgesellschaft von Hallig Ostersand hat am Dienstag ein neues Schiff vorgestellt. "
                        + "\"Wir fahren ab Mai täglich\", sagte Betriebsleiterin Gesa Torkild.");
    }

    static RequestSpecification bearer(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    @Test
    void tokenWithTheIngestRoleWrites() {
        bearer(TestTokens.token("wire-importer", List.of("ingest"))).body(article())
                .post("/api/articles").then().statusCode(201).body("analysisStatus", is("pending"));
        bearer(TestTokens.token("desk-admin", List.of("offline_access", "admin"))).body(article())
                .post("/api/articles").then().statusCode(201);
    }

    @Test
    void tokenWithAnotherRoleIsForbidden() {
        bearer(TestTokens.token("fact-checker", List.of("reviewer"))).body(article())
                .post("/api/articles").then().statusCode(403).body("error", is("forbidden"))
                .body("detail", containsString("oidc:fact-checker"));
        bearer(TestTokens.token("nobody", List.of())).body(article()).post("/api/articles").then().statusCode(403);
    }

    @Test
    void expiredForgedOrForeignTokensAreRefused() {
        String expired = TestTokens.sign("wire-importer", List.of("admin"), ISSUER, Instant.now().minusSeconds(3600), TRUSTED);
        String forged = TestTokens.sign("wire-importer", List.of("admin"), ISSUER, Instant.now().plusSeconds(600), STRANGER);
        String foreign = TestTokens.sign("wire-importer", List.of("admin"), "https://id.elsewhere.test/realms/x",
                Instant.now().plusSeconds(600), TRUSTED);
        for (String t : List.of(expired, forged, foreign)) {
            bearer(t).body(article()).post("/api/articles").then().statusCode(401)
                    .body("error", is("unauthorized")).body("detail", containsString("token was refused"));
        }
        // a token with a broken signature segment
        String valid = TestTokens.token("wire-importer", List.of("admin"));
        bearer(valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA").body(article()).post("/api/articles").then().statusCode(401);
    }

    @Test
    void apiKeysStillWork() {
        RestAssured.given().header("Authorization", "Bearer test-admin-key").contentType("application/json")
                .body(article()).post("/api/articles").then().statusCode(201);
        RestAssured.given().header("Authorization", "Bearer test-ingest-key").contentType("application/json")
                .body(article()).post("/api/articles").then().statusCode(201);
        RestAssured.given().header("Authorization", "Bearer not-a-key").contentType("application/json")
                .body(article()).post("/api/articles").then().statusCode(401);
        RestAssured.given().contentType("application/json").body(article()).post("/api/articles").then().statusCode(401);
    }
}
