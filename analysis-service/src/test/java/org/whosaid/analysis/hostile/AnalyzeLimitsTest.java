package org.whosaid.analysis.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.whosaid.analysis.rest.Fixtures;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Issue 15 with small limits: the per-address rate limit (429), the time budget (503) and key guessing (429), all named. */
@QuarkusTest
@TestProfile(AnalyzeLimitsTest.SmallLimits.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AnalyzeLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("whosaid.analysis.anonymous-rate-limit.per-second", "0.2",
                    "whosaid.analysis.anonymous-rate-limit.burst", "3",
                    "whosaid.analysis.analyze-timeout", "50ms",
                    "whosaid.auth.max-key-failures", "3");
        }
    }

    @Test
    void anonymousCallsBeyondTheBurstAre429AndKeysAreNotLimited() {
        String small = "{\"text\":\"„Ja“, sagte er.\",\"language\":\"de\"}";
        int ok = 0;
        for (int i = 0; i < 3; i++) {
            int s = given().contentType(ContentType.JSON).body(small).post("/api/analyze").statusCode();
            ok += s == 200 || s == 503 ? 1 : 0; // 503 only if this machine is too slow for the 50 ms budget
        }
        given().contentType(ContentType.JSON).body(small).post("/api/analyze")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("error", equalTo("rate-limited"))
                .body("detail", containsString("whosaid.analysis.anonymous-rate-limit"));
        int withKey = given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(small)
                .post("/api/analyze").statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(withKey == 200 || withKey == 503, "a key is not rate-limited: " + withKey);
        org.junit.jupiter.api.Assertions.assertEquals(3, ok);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // blocks keys from this address for a minute: last
    void wrongKeysAreThrottledPerAddressValidKeysToo() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer wrong-" + i).delete("/api/articles/1").then().statusCode(401);
        }
        given().header("Authorization", "Bearer wrong-x").delete("/api/articles/1").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("detail", containsString("whosaid.auth.max-key-failures"));
        given().header("Authorization", Fixtures.KEY).get("/api/articles?size=1").then().statusCode(429);
        given().get("/api/articles?size=1").then().statusCode(200); // anonymous reads stay open
    }

    @Test
    void extractionPastTheTimeBudgetIs503NamingIt() {
        String slow = "\"a".repeat(30_000); // ≈ 0.5 s of extraction, far past 50 ms
        given().header("Authorization", Fixtures.KEY).contentType(ContentType.JSON).body(Map.of("text", slow))
                .post("/api/analyze").then().statusCode(503).body("error", equalTo("time-budget"))
                .body("detail", containsString("whosaid.analysis.analyze-timeout"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
