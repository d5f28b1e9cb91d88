package org.whosaid.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The web-ui replicas' shared logout list: an admin key adds a session, every replica reads what was added since its
 * last look; bad entries get a 400 naming the field, and nobody without the admin key reads or writes the list.
 */
@QuarkusTest
class RevokedSessionsApiTest {

    @Test
    void aRevokedSessionIsListedForEveryReplicaOnceAndOnlyWithTheAdminKey() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        long expires = Instant.now().getEpochSecond() + 3600;
        String nonce = "n0nce-" + Fixtures.nextId() + "-abcdefgh";
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(Map.of("nonce", nonce, "expires", expires))
                    .when().post("/api/admin/revoked-sessions").then().statusCode(204);
        }
        List<String> listed = given().header("Authorization", Fixtures.KEY).queryParam("since", since)
                .when().get("/api/admin/revoked-sessions").then().statusCode(200).extract().jsonPath().getList("items.nonce");
        assertEquals(1, listed.stream().filter(nonce::equals).count(), "listed once: " + listed);
        assertTrue(given().header("Authorization", Fixtures.KEY).queryParam("since", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1).toString())
                .when().get("/api/admin/revoked-sessions").then().statusCode(200).extract().jsonPath().getList("items").isEmpty());

        given().contentType(ContentType.JSON).body(Map.of("nonce", nonce, "expires", expires))
                .when().post("/api/admin/revoked-sessions").then().statusCode(401);
        given().when().get("/api/admin/revoked-sessions").then().statusCode(401);
    }

    @Test
    void badEntriesAreRefusedWithTheFieldNamed() {
        long expires = Instant.now().getEpochSecond() + 3600;
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(Map.of("nonce", "short", "expires", expires))
                .when().post("/api/admin/revoked-sessions").then().statusCode(400).body("detail", containsString("nonce"));
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON)
                .body(Map.of("nonce", "abcdefghijklmnopqrst", "expires", expires + 400L * 24 * 3600))
                .when().post("/api/admin/revoked-sessions").then().statusCode(400).body("detail", containsString("expires"));
        given().header("Authorization", Fixtures.KEY).queryParam("since", "yesterday")
                .when().get("/api/admin/revoked-sessions").then().statusCode(400).body("detail", containsString("since"));
    }
}
