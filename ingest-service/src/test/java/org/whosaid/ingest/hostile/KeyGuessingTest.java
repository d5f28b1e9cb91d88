package org.whosaid.ingest.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.ingest.support.Api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Issue 15 finding 11: wrong API keys are throttled per client address (429), and then valid keys from there too. */
@QuarkusTest
@TestProfile(KeyGuessingTest.FewFailures.class)
class KeyGuessingTest {

    public static class FewFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.auth.max-key-failures", "3", "whosaid.outbox.enabled", "false");
        }
    }

    @Test
    void wrongKeysAreThrottled() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer wrong-" + i).contentType("application/json").body("{}")
                    .post("/api/articles").then().statusCode(401);
        }
        given().header("Authorization", "Bearer wrong-x").contentType("application/json").body("{}").post("/api/articles")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("detail", containsString("whosaid.auth.max-key-failures"));
        Api.admin().get("/api/outbox").then().statusCode(429);
        given().get("/api/articles?size=1").then().statusCode(200);
    }
}
