package org.whosaid.analysis.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.whosaid.analysis.security.TestTokens.ISSUER;
import static org.whosaid.analysis.security.TestTokens.STRANGER;
import static org.whosaid.analysis.security.TestTokens.TRUSTED;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** OIDC bearer tokens next to API keys: the right role writes, another role is forbidden, a bad token is refused. */
@QuarkusTest
@TestProfile(TestTokens.OidcProfile.class)
class OidcAuthTest {

    static Map<String, Object> article(long id) {
        return Fixtures.article(id, 1, "Saldeblatt", Fixtures.bridgeDe("Der Rat stimmt im Mai ab."), "2031-05-02T09:00:00+02:00");
    }

    static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    @Test
    void tokenWithTheRightRoleWrites() {
        long id = Fixtures.nextId();
        bearer(TestTokens.token("outbox-robot", List.of("ingest"))).body(article(id))
                .when().post("/api/articles").then().statusCode(201).body("analysisStatus", equalTo("done"));
        bearer(TestTokens.token("desk-admin", List.of("admin"))).when().delete("/api/articles/" + id).then().statusCode(204);
        given().when().get("/api/articles/" + id).then().statusCode(404);
    }

    @Test
    void tokenWithAnotherRoleIsForbidden() {
        long id = Fixtures.nextId();
        bearer(TestTokens.token("fact-checker", List.of("reviewer"))).body(article(id))
                .when().post("/api/articles").then().statusCode(403).body("error", equalTo("forbidden"))
                .body("detail", containsString("oidc:fact-checker"));
        Fixtures.post(article(id)).then().statusCode(201);
        bearer(TestTokens.token("outbox-robot", List.of("ingest", "reviewer"))).when().delete("/api/articles/" + id)
                .then().statusCode(403);
        given().when().get("/api/articles/" + id).then().statusCode(200);
    }

    @Test
    void expiredForgedOrForeignTokensAreRefused() {
        String expired = TestTokens.sign("outbox-robot", List.of("admin"), ISSUER, Instant.now().minusSeconds(3600), TRUSTED);
        String forged = TestTokens.sign("outbox-robot", List.of("admin"), ISSUER, Instant.now().plusSeconds(600), STRANGER);
        String foreign = TestTokens.sign("outbox-robot", List.of("admin"), "https://id.elsewhere.test/realms/x",
                Instant.now().plusSeconds(600), TRUSTED);
        for (String t : List.of(expired, forged, foreign)) {
            bearer(t).body(article(Fixtures.nextId())).when().post("/api/articles").then().statusCode(401)
                    .body("error", equalTo("unauthorized")).body("detail", containsString("token was refused"));
        }
    }

    @Test
    void apiKeysStillWork() {
        long id = Fixtures.nextId();
        Fixtures.post(article(id)).then().statusCode(201);
        given().header("Authorization", "Bearer wrong-key").contentType(ContentType.JSON).body(article(Fixtures.nextId()))
                .when().post("/api/articles").then().statusCode(401).body("detail", containsString("not valid"));
        given().header("Authorization", Fixtures.KEY).when().delete("/api/articles/" + id).then().statusCode(204);
    }
}
